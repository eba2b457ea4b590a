/**
 * The holdout corpus: a second, independent set of layouts for every contract type, drawn with
 * the main corpus's PDF helpers and truth builder but with their own data (towns, banks,
 * employers, naming customs), their own wording, arrangement, table styles and number and date
 * forms. It measures how well extractors generalise beyond the layouts they were developed on;
 * extractors must never be tuned against it.
 *
 * <p>Entry points: {@link io.taxstream.corpus.holdout.HoldoutCorpus#generate(long, int)} and the
 * command line {@link io.taxstream.corpus.holdout.GenerateHoldout}.
 */
package io.taxstream.corpus.holdout;
