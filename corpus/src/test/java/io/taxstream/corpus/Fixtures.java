package io.taxstream.corpus;

import io.taxstream.corpus.testkit.CorpusFixture;

/** A corpus generated once for all tests. */
final class Fixtures {

    static final long SEED = 20240331L;
    /** Two rounds of every layout of every type. */
    static final int PER_TYPE = 24;

    static final CorpusFixture CORPUS = new CorpusFixture(
            () -> new CorpusGenerator().generate(CorpusSpec.of(SEED, PER_TYPE)));

    private Fixtures() {
    }
}
