package io.taxstream.corpus.holdout2;

import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.corpus.testkit.AbstractHoldoutDeterminismTest;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** The same seed gives byte-identical second-holdout documents and files; another seed gives others. */
class Holdout2DeterminismTest extends AbstractHoldoutDeterminismTest {

    @Override
    protected List<GeneratedDocument> generate(long seed, int perLayout) {
        return Holdout2Corpus.generate(seed, perLayout);
    }

    @Override
    protected int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        return GenerateHoldout2.run(args, out, err);
    }

    @Override
    protected String command() {
        return "GenerateHoldout2";
    }

    @Override
    protected int layouts() {
        return new Holdout2Layouts().all().size();
    }
}
