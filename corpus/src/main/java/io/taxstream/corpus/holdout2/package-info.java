/**
 * The second holdout corpus: a further independent set of layouts for every contract type, apart
 * from both the development corpus and the first holdout set in arrangement, wording, languages,
 * number and date forms, and data (its own towns, names, banks, employers and issuers). It exists
 * because the first holdout set is now being tuned against; this one must never be.
 *
 * <p>Entry points: {@link io.taxstream.corpus.holdout2.Holdout2Corpus#generate(long, int)} and the
 * command line {@link io.taxstream.corpus.holdout2.GenerateHoldout2}.
 */
package io.taxstream.corpus.holdout2;
