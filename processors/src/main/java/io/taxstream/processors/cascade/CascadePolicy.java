package io.taxstream.processors.cascade;

/** Which tier the cascade asks first. */
public enum CascadePolicy {
    /** Rules first; their result stands when every required field is found and every rule passes. */
    RULES_FIRST,
    /** Models first; the rules tier fills what they leave out. */
    LLM_FIRST
}
