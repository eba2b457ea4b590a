package io.taxstream.processors.classify.embedding;

/** Turns text into a unit-length vector; similar texts get close vectors. Thread-safe. */
public interface TextEmbedder {

    float[] embed(String text);
}
