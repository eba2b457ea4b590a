package io.taxstream.corpus.holdout2;

import io.taxstream.corpus.testkit.CorpusFixture;

/** The second holdout corpus generated once for all tests. */
final class Holdout2Fixtures {

    /** Seed and size can be raised for a soak run: {@code -Dholdout2.seed=N -Dholdout2.perLayout=N}. */
    static final long SEED = Long.getLong("holdout2.seed", 20261125L);
    static final int PER_LAYOUT = Integer.getInteger("holdout2.perLayout", 4);

    static final CorpusFixture CORPUS = new CorpusFixture(() -> Holdout2Corpus.generate(SEED, PER_LAYOUT));

    private Holdout2Fixtures() {
    }
}
