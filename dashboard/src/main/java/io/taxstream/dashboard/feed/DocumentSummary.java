package io.taxstream.dashboard.feed;

/**
 * A document's latest state, for the overview's live list.
 *
 * @param documentId the id for display ({@link io.taxstream.dashboard.SafeText#id})
 * @param linkable   whether {@code /documents/<documentId>} finds it (the id needed no masking)
 * @param docType    the type once known
 * @param stage      the latest stage
 * @param status     the result status once completed
 * @param at         time of the latest stage, epoch milliseconds
 * @param done       whether the document reached its final state
 */
public record DocumentSummary(String documentId, boolean linkable, String docType, String stage, String status, long at,
                              boolean done) {
}
