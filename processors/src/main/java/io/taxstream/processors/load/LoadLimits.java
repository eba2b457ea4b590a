package io.taxstream.processors.load;

import java.time.Duration;

/**
 * Resource limits for loading one document. PDFBox promises none of its own, so every loader
 * checks these before parsing (size, header) and while parsing (pages, decoded stream bytes, time).
 *
 * @param maxBytes                 largest input accepted, in bytes
 * @param maxPages                 most pages accepted
 * @param maxDecodedBytesPerPage   cap on the decoded size of everything the text layer of one page
 *                                 reads (content streams, form XObjects, embedded fonts, ToUnicode
 *                                 maps); a larger page is taken for a decompression bomb
 * @param maxTotal                 wall-clock budget for the whole load, password attempts included
 * @param maxStreamCacheBytes      cap on PDFBox's stream cache, where decrypted streams are held;
 *                                 main memory only, so that no decrypted content spills into temp
 *                                 files. Decrypted streams are about as large as the file, so it
 *                                 must be at least {@code maxBytes}; PDFBox reports passing it as a
 *                                 parse error, so the loader would call the document CORRUPT
 * @param maxPasswordAttempts      most derived password candidates tried after the explicit one
 */
public record LoadLimits(long maxBytes, int maxPages, long maxDecodedBytesPerPage, Duration maxTotal,
                         long maxStreamCacheBytes, int maxPasswordAttempts) {

    /** 25 MB, 200 pages, 32 MB decoded per page, 20 s, 64 MB stream cache, 12 password tries. */
    public static final LoadLimits DEFAULTS = new LoadLimits(25L << 20, 200, 32L << 20, Duration.ofSeconds(20),
            64L << 20, 12);

    /** Rejects limits that would make every load fail or never end. */
    public LoadLimits {
        if (maxBytes <= 0 || maxPages <= 0 || maxDecodedBytesPerPage <= 0 || maxStreamCacheBytes <= 0) {
            throw new IllegalArgumentException("load limits must be positive");
        }
        if (maxTotal == null || maxTotal.isNegative() || maxTotal.isZero()) {
            throw new IllegalArgumentException("maxTotal must be a positive duration");
        }
        if (maxStreamCacheBytes < maxBytes) {
            throw new IllegalArgumentException("maxStreamCacheBytes must be at least maxBytes");
        }
        if (maxPasswordAttempts < 0) {
            throw new IllegalArgumentException("maxPasswordAttempts must not be negative");
        }
    }

    /**
     * The first check of every loader: the content is not empty and not larger than {@link #maxBytes}.
     *
     * @throws LoadFailure EMPTY or TOO_LARGE
     */
    public void checkSize(byte[] content) throws LoadFailure {
        if (content.length == 0) {
            throw new LoadFailure(LoadFailure.Reason.EMPTY, null);
        }
        if (content.length > maxBytes) {
            throw new LoadFailure(LoadFailure.Reason.TOO_LARGE, content.length + " bytes, limit " + maxBytes);
        }
    }

    /** The defaults. */
    public static LoadLimits defaults() {
        return DEFAULTS;
    }

    /** A copy with another byte limit; the stream cache grows with it when needed. */
    public LoadLimits withMaxBytes(long bytes) {
        return new LoadLimits(bytes, maxPages, maxDecodedBytesPerPage, maxTotal, Math.max(maxStreamCacheBytes, bytes),
                maxPasswordAttempts);
    }

    /** A copy with another page limit. */
    public LoadLimits withMaxPages(int pages) {
        return new LoadLimits(maxBytes, pages, maxDecodedBytesPerPage, maxTotal, maxStreamCacheBytes,
                maxPasswordAttempts);
    }

    /** A copy with another per-page decoded-bytes cap. */
    public LoadLimits withMaxDecodedBytesPerPage(long bytes) {
        return new LoadLimits(maxBytes, maxPages, bytes, maxTotal, maxStreamCacheBytes, maxPasswordAttempts);
    }

    /** A copy with another time budget. */
    public LoadLimits withMaxTotal(Duration total) {
        return new LoadLimits(maxBytes, maxPages, maxDecodedBytesPerPage, total, maxStreamCacheBytes,
                maxPasswordAttempts);
    }

    /** A copy with another bound on derived password candidates. */
    public LoadLimits withMaxPasswordAttempts(int attempts) {
        return new LoadLimits(maxBytes, maxPages, maxDecodedBytesPerPage, maxTotal, maxStreamCacheBytes, attempts);
    }
}
