package io.taxstream.dashboard.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.taxstream.dashboard.Json;
import io.taxstream.dashboard.SafeText;
import io.taxstream.dashboard.access.AccessControl;
import io.taxstream.dashboard.access.ApiError;
import io.taxstream.processors.pipeline.Hashing;
import io.taxstream.topology.client.Submission;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/documents}: multipart/form-data with one or more file parts, and optionally
 * {@code password} (travels in a Kafka header, never in the record), {@code metadata} (a JSON
 * object of string hints such as {@code pan}, {@code name}, {@code dob}) and, for a single file,
 * {@code document_id} (else the id is the file's sha256). Answers 202 with the ids once every
 * document is stored on documents.raw; 413 for anything over the size limits.
 */
public final class UploadHandler {

    private static final Logger log = LoggerFactory.getLogger(UploadHandler.class);
    private static final Pattern ID = Pattern.compile("[\\p{Alnum}._:@/+=-]{1,200}");
    private static final int MAX_HINTS = 32;
    private static final long PRODUCE_TIMEOUT_SECONDS = 30;

    private final DocumentSink sink;
    private final UploadLimits limits;

    public UploadHandler(DocumentSink sink, UploadLimits limits) {
        this.sink = sink;
        this.limits = limits;
    }

    public void upload(Context ctx) throws IOException, InterruptedException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limits.maxRequestBytes()) {
            throw tooLarge("the upload is " + bytes(declared) + "; the limit is " + bytes(limits.maxRequestBytes())
                    + " (dashboard.upload.max.request.bytes)");
        }
        if (!ctx.isMultipartFormData()) {
            throw ApiError.of(415, "send multipart/form-data with one or more file parts");
        }
        List<UploadedFile> files = files(ctx);
        checkSizes(files);
        Optional<String> password = Optional.ofNullable(ctx.formParam("password")).filter(p -> !p.isEmpty());
        Map<String, String> hints = hints(ctx.formParam("metadata"));
        String givenId = ctx.formParam("document_id");
        if (givenId != null && !givenId.isBlank() && files.size() > 1) {
            throw ApiError.of(400, "document_id can only be given with a single file");
        }
        if (givenId != null && !givenId.isBlank() && !ID.matcher(givenId).matches()) {
            throw ApiError.of(400, "document_id may have up to 200 letters, digits and ._:@/+=-");
        }
        String caller = Optional.ofNullable(ctx.<String>attribute(AccessControl.CALLER)).orElse("api");

        List<Accepted> accepted = new ArrayList<>();
        List<CompletableFuture<Void>> stored = new ArrayList<>();
        long total = 0;
        for (UploadedFile file : files) {
            byte[] content;
            try (InputStream in = file.content()) {
                content = in.readAllBytes();
            }
            total += content.length;
            String id = givenId != null && !givenId.isBlank() ? givenId : Hashing.sha256Hex(content);
            String source = SafeText.fileName(file.filename());
            stored.add(sink.submit(new Submission(id, source, content, Submission.sniffContentType(content), password,
                    hints, caller, 0)));
            accepted.add(new Accepted(SafeText.id(id), source, content.length,
                    "/api/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20")));
        }
        awaitStored(stored);
        log.info("accepted {} uploaded document(s), {} bytes, with token '{}'", accepted.size(), total, caller);
        ctx.status(HttpStatus.ACCEPTED).json(new UploadResponse(accepted));
    }

    private List<UploadedFile> files(Context ctx) {
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles();
        } catch (Exception e) { // Jetty's ServletException travels unchecked through Javalin's Kotlin
            throw isSizeProblem(e)
                    ? tooLarge("a file or the whole upload is over the limit (" + bytes(limits.maxFileBytes()) + " per file, "
                            + bytes(limits.maxRequestBytes()) + " per upload)")
                    : ApiError.of(400, "the multipart body cannot be read");
        }
        if (files.isEmpty()) {
            throw ApiError.of(400, "no files: send one or more file parts (e.g. curl -F file=@form16.pdf)");
        }
        if (files.size() > limits.maxFiles()) {
            throw tooLarge(files.size() + " files; at most " + limits.maxFiles() + " per upload (dashboard.upload.max.files)");
        }
        return files;
    }

    private void checkSizes(List<UploadedFile> files) {
        long total = 0;
        for (int i = 0; i < files.size(); i++) {
            UploadedFile f = files.get(i);
            if (f.size() > limits.maxFileBytes()) {
                throw tooLarge("file " + (i + 1) + " (" + SafeText.fileName(f.filename()) + ") is " + bytes(f.size())
                        + "; the limit is " + bytes(limits.maxFileBytes()) + " (documents.max.bytes)");
            }
            total += f.size();
        }
        if (total > limits.maxRequestBytes()) {
            throw tooLarge("the files add up to " + bytes(total) + "; the limit is " + bytes(limits.maxRequestBytes())
                    + " (dashboard.upload.max.request.bytes)");
        }
    }

    private static Map<String, String> hints(String metadata) {
        if (metadata == null || metadata.isBlank()) {
            return Map.of();
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(metadata);
        } catch (JsonProcessingException e) {
            throw ApiError.of(400, "metadata must be a JSON object of strings, e.g. {\"pan\": \"...\", \"dob\": \"1990-01-31\"}");
        }
        if (!node.isObject() || node.size() > MAX_HINTS) {
            throw ApiError.of(400, "metadata must be a JSON object of at most " + MAX_HINTS + " strings");
        }
        Map<String, String> hints = new LinkedHashMap<>();
        for (var it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().isTextual()) {
                throw ApiError.of(400, "metadata value '" + e.getKey().replaceAll("[^\\w.-]", "") + "' must be a string");
            }
            hints.put(e.getKey(), e.getValue().asText());
        }
        return hints;
    }

    private static void awaitStored(List<CompletableFuture<Void>> stored) throws InterruptedException {
        try {
            CompletableFuture.allOf(stored.toArray(CompletableFuture[]::new)).get(PRODUCE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            log.warn("an upload could not be stored on documents.raw: {}", e.getCause().getClass().getSimpleName());
            throw ApiError.of(503, "the documents could not be stored; try again (" + e.getCause().getClass().getSimpleName() + ")");
        } catch (TimeoutException e) {
            throw ApiError.of(503, "the cluster did not confirm the upload within " + PRODUCE_TIMEOUT_SECONDS + " s; try again");
        }
    }

    private static boolean isSizeProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("size") || m.contains("exceed") || m.contains("too large") || m.contains("limit")) {
                return true;
            }
        }
        return false;
    }

    private static ApiError tooLarge(String message) {
        return ApiError.of(413, message);
    }

    static String bytes(long n) {
        if (n >= 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
        }
        if (n >= 1024) {
            return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        }
        return n + " bytes";
    }

    /** One stored document: where to follow it. */
    public record Accepted(String documentId, String source, long bytes, String statusUrl) {
    }

    /** The 202 answer. */
    public record UploadResponse(List<Accepted> documents) {
    }
}
