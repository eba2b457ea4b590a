package io.taxstream.processors.eval;

import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores results against ground truth the way the held-out corpus is scored: field precision,
 * recall and F1 per document type, line-item recall, classification accuracy, and — the worst
 * outcome — wrong values in results marked EXTRACTED.
 */
public final class Evaluation {

    /** Counts for the documents of one true type. */
    public static final class TypeScore {
        int documents;
        int classifiedRight;
        int fieldTp;
        int fieldFp;
        int fieldFn;
        int itemsExpected;
        int itemsPredicted;
        int itemsMatched;
        int extracted;
        int review;
        int failed;
        int extractedWithWrongValue;
        int wrongValuesInExtracted;

        public double precision() {
            return ratio(fieldTp, fieldTp + fieldFp);
        }

        public double recall() {
            return ratio(fieldTp, fieldTp + fieldFn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double itemRecall() {
            return ratio(itemsMatched, itemsExpected);
        }

        public double itemPrecision() {
            return ratio(itemsMatched, itemsPredicted);
        }

        public double classificationAccuracy() {
            return ratio(classifiedRight, documents);
        }

        public int documents() {
            return documents;
        }

        public int extractedWithWrongValue() {
            return extractedWithWrongValue;
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }
    }

    private final Map<DocType, TypeScore> scores = new EnumMap<>(DocType.class);
    private final List<String> details = new ArrayList<>();

    /** Scores one document's result against its truth; {@code name} labels it in the details. */
    public synchronized void add(String name, Truth truth, ExtractionResult result) {
        TypeScore s = scores.computeIfAbsent(truth.type(), t -> new TypeScore());
        s.documents++;
        Truth got = Truth.of(result);
        boolean rightType = got.type() == truth.type();
        if (rightType) {
            s.classifiedRight++;
        } else {
            details.add(name + ": classified " + got.type() + ", truth " + truth.type());
        }
        switch (result.getStatus()) {
            case EXTRACTED -> s.extracted++;
            case NEEDS_REVIEW -> s.review++;
            case FAILED -> s.failed++;
        }
        int wrong = scoreFields(name, truth, got, rightType, s) + scoreItems(name, truth, got, s);
        if (result.getStatus() == ExtractionStatus.EXTRACTED && wrong > 0) {
            s.extractedWithWrongValue++;
            s.wrongValuesInExtracted += wrong;
            details.add(name + ": EXTRACTED with " + wrong + " wrong value(s)");
        }
    }

    /** Returns the number of predicted values that are wrong (made up or different). */
    private int scoreFields(String name, Truth truth, Truth got, boolean rightType, TypeScore s) {
        int wrong = 0;
        for (Map.Entry<String, String> e : got.fields().entrySet()) {
            String expected = truth.fields().get(e.getKey());
            if (rightType && expected != null && Comparison.sameField(truth.type(), e.getKey(), expected, e.getValue())) {
                s.fieldTp++;
            } else {
                s.fieldFp++;
                wrong++;
                details.add(name + ": " + e.getKey() + " = '" + e.getValue() + "', truth '" + expected + "'");
            }
        }
        for (Map.Entry<String, String> e : truth.fields().entrySet()) {
            String actual = got.fields().get(e.getKey());
            if (!rightType || actual == null || !Comparison.sameField(truth.type(), e.getKey(), e.getValue(), actual)) {
                s.fieldFn++;
                if (actual == null) {
                    details.add(name + ": missing " + e.getKey() + " (truth '" + e.getValue() + "')");
                }
            }
        }
        return wrong;
    }

    private int scoreItems(String name, Truth truth, Truth got, TypeScore s) {
        s.itemsExpected += truth.items().size();
        s.itemsPredicted += got.items().size();
        List<Truth.ItemValues> unmatched = new ArrayList<>(got.items());
        int matched = 0;
        for (Truth.ItemValues expected : truth.items()) {
            for (int i = 0; i < unmatched.size(); i++) {
                if (Comparison.sameItem(expected, unmatched.get(i))) {
                    unmatched.remove(i);
                    matched++;
                    break;
                }
            }
        }
        s.itemsMatched += matched;
        if (matched < truth.items().size() || !unmatched.isEmpty()) {
            details.add(String.format(Locale.ROOT, "%s: items matched %d of %d, %d predicted unmatched%s", name, matched,
                    truth.items().size(), unmatched.size(), unmatched.isEmpty() ? "" : " e.g. " + unmatched.get(0)));
        }
        return unmatched.size();
    }

    public synchronized Map<DocType, TypeScore> scores() {
        return new EnumMap<>(scores);
    }

    public synchronized List<String> details() {
        return List.copyOf(details);
    }

    /** Overall classification accuracy. */
    public synchronized double classificationAccuracy() {
        int docs = scores.values().stream().mapToInt(t -> t.documents).sum();
        int right = scores.values().stream().mapToInt(t -> t.classifiedRight).sum();
        return docs == 0 ? 1.0 : (double) right / docs;
    }

    /** The report table. */
    public synchronized String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-21s %5s %6s %6s %6s %6s %7s %7s %5s %5s %5s %9s%n", "type", "docs",
                "class", "prec", "recall", "F1", "itemRec", "itemPre", "EXTR", "REVW", "FAIL", "wrongEXTR"));
        for (Map.Entry<DocType, TypeScore> e : scores.entrySet()) {
            TypeScore s = e.getValue();
            out.append(String.format(Locale.ROOT, "%-21s %5d %6.3f %6.3f %6.3f %6.3f %7.3f %7.3f %5d %5d %5d %9d%n",
                    e.getKey(), s.documents, s.classificationAccuracy(), s.precision(), s.recall(), s.f1(),
                    s.itemRecall(), s.itemPrecision(), s.extracted, s.review, s.failed, s.extractedWithWrongValue));
        }
        out.append(String.format(Locale.ROOT, "classification accuracy over all types: %.4f%n", classificationAccuracy()));
        return out.toString();
    }
}
