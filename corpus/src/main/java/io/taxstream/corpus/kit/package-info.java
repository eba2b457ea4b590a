/**
 * What the development corpus and the holdout sets share: shuffling and naming drawn documents,
 * layout registries, the generators' command line, and truth builders for document types whose
 * truth is built the same way in every set. Each set keeps its own data and wording; only the
 * mechanics live here.
 */
package io.taxstream.corpus.kit;
