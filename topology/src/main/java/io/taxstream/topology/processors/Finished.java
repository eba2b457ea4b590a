package io.taxstream.topology.processors;

import io.taxstream.avro.ExtractionResult;

/**
 * A specialist's validated result, with whether it may answer a resubmission from the cache.
 *
 * @param result    the contract's result
 * @param cacheKey  sha256 + pipeline version
 * @param cacheable false for encrypted documents, FAILED results, and results a transient problem
 *                  (a timeout, an error, a model offline) may have made worse than they should be
 */
public record Finished(ExtractionResult result, String cacheKey, boolean cacheable) {
}
