package io.taxstream.processors.models;

import io.taxstream.processors.llm.LlmException;
import java.util.List;

/** What a model server can say and do about its models, behind a neutral interface. */
public interface ModelService {

    /** A model the server has. */
    record Available(String name, long sizeBytes) {
    }

    /**
     * A model loaded in memory.
     *
     * @param name      its name
     * @param sizeBytes memory it takes
     * @param vramBytes of which on the GPU
     * @param expiresAt when the server unloads it by itself (ISO text), or null
     */
    record Loaded(String name, long sizeBytes, long vramBytes, String expiresAt) {
    }

    /** The models the server has ({@code /api/tags}). */
    List<Available> available() throws LlmException;

    /** The models loaded now, with their memory ({@code /api/ps}). */
    List<Loaded> loaded() throws LlmException;

    /** Downloads a model ({@code /api/pull}); returns when it is there. */
    void pull(String model) throws LlmException;

    /** Loads a model and keeps it for {@code keepAlive} (an empty generate request). */
    void load(String model, String keepAlive) throws LlmException;

    /** Unloads a model now ({@code keep_alive} 0). */
    void unload(String model) throws LlmException;
}
