package io.taxstream.dashboard.documents;

/**
 * How much the upload API accepts.
 *
 * @param maxFileBytes    largest single document ({@code documents.max.bytes})
 * @param maxRequestBytes largest request, all files together ({@code dashboard.upload.max.request.bytes})
 * @param maxFiles        most files in one request ({@code dashboard.upload.max.files})
 */
public record UploadLimits(long maxFileBytes, long maxRequestBytes, int maxFiles) {
}
