package io.taxstream.dashboard.llm;

/**
 * A model loaded on a tier's server.
 *
 * @param name      e.g. {@code qwen2.5:7b}
 * @param sizeBytes memory it takes in all
 * @param vramBytes of which on the GPU (0 on a CPU-only server)
 */
public record LoadedModel(String name, long sizeBytes, long vramBytes) {
}
