package io.taxstream.corpus.holdout;

import io.taxstream.corpus.testkit.CorpusFixture;

/** The holdout corpus generated once for all tests. */
final class HoldoutFixtures {

    /** Seed and size can be raised for a soak run: {@code -Dholdout.seed=N -Dholdout.perLayout=N}. */
    static final long SEED = Long.getLong("holdout.seed", 20250401L);
    static final int PER_LAYOUT = Integer.getInteger("holdout.perLayout", 4);

    static final CorpusFixture CORPUS = new CorpusFixture(() -> HoldoutCorpus.generate(SEED, PER_LAYOUT));

    private HoldoutFixtures() {
    }
}
