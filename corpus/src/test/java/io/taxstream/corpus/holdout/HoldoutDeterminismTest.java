package io.taxstream.corpus.holdout;

import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.corpus.testkit.AbstractHoldoutDeterminismTest;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** The same seed gives byte-identical holdout documents and files; another seed gives others. */
class HoldoutDeterminismTest extends AbstractHoldoutDeterminismTest {

    @Override
    protected List<GeneratedDocument> generate(long seed, int perLayout) {
        return HoldoutCorpus.generate(seed, perLayout);
    }

    @Override
    protected int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        return GenerateHoldout.run(args, out, err);
    }

    @Override
    protected String command() {
        return "GenerateHoldout";
    }

    @Override
    protected int layouts() {
        return new HoldoutLayouts().all().size();
    }
}
