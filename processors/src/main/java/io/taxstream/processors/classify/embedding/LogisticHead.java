package io.taxstream.processors.classify.embedding;

import io.taxstream.avro.DocType;
import java.util.List;

/**
 * A multinomial logistic regression over embedding vectors, trained from the labelled examples
 * by full-batch gradient descent from zero weights (so the same examples always give the same
 * head) with a little L2 regularisation. It learns which directions of the embedding tell the
 * classes apart, where a nearest-neighbour rule weighs every direction alike. Immutable.
 */
final class LogisticHead {

    private static final int EPOCHS = 400;
    private static final double LEARNING_RATE = 2.0;
    private static final double L2 = 1e-4;

    private final DocType[] classes;
    private final double[][] weights;
    private final double[] bias;

    private LogisticHead(DocType[] classes, double[][] weights, double[] bias) {
        this.classes = classes;
        this.weights = weights;
        this.bias = bias;
    }

    /** Trains on vectors with their labels. */
    static LogisticHead train(List<float[]> vectors, List<DocType> labels) {
        DocType[] classes = labels.stream().distinct().sorted().toArray(DocType[]::new);
        int k = classes.length;
        int d = vectors.get(0).length;
        int n = vectors.size();
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = java.util.Arrays.asList(classes).indexOf(labels.get(i));
        }
        double[][] w = new double[k][d];
        double[] b = new double[k];
        double[] p = new double[k];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double[][] gw = new double[k][d];
            double[] gb = new double[k];
            for (int i = 0; i < n; i++) {
                probabilities(w, b, vectors.get(i), p);
                for (int c = 0; c < k; c++) {
                    double err = p[c] - (y[i] == c ? 1 : 0);
                    gb[c] += err;
                    float[] x = vectors.get(i);
                    for (int j = 0; j < d; j++) {
                        gw[c][j] += err * x[j];
                    }
                }
            }
            for (int c = 0; c < k; c++) {
                b[c] -= LEARNING_RATE * gb[c] / n;
                for (int j = 0; j < d; j++) {
                    w[c][j] -= LEARNING_RATE * (gw[c][j] / n + L2 * w[c][j]);
                }
            }
        }
        return new LogisticHead(classes, w, b);
    }

    /** The class probabilities of a vector, in the order of {@link #classes()}. */
    double[] predict(float[] x) {
        double[] p = new double[classes.length];
        probabilities(weights, bias, x, p);
        return p;
    }

    DocType[] classes() {
        return classes.clone();
    }

    /** The head as text: one class a line, {@code TYPE<TAB>bias<TAB>w1 w2 ...}. */
    String write() {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < classes.length; c++) {
            sb.append(classes[c].name()).append('\t').append(bias[c]).append('\t');
            for (int j = 0; j < weights[c].length; j++) {
                sb.append(j == 0 ? "" : " ").append((float) weights[c][j]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Reads what {@link #write()} wrote. */
    static LogisticHead read(List<String> lines) {
        List<String> rows = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        DocType[] classes = new DocType[rows.size()];
        double[][] weights = new double[rows.size()][];
        double[] bias = new double[rows.size()];
        for (int c = 0; c < rows.size(); c++) {
            String[] parts = rows.get(c).split("\t");
            classes[c] = DocType.valueOf(parts[0]);
            bias[c] = Double.parseDouble(parts[1]);
            weights[c] = java.util.Arrays.stream(parts[2].split(" ")).mapToDouble(Double::parseDouble).toArray();
        }
        return new LogisticHead(classes, weights, bias);
    }

    private static void probabilities(double[][] w, double[] b, float[] x, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w.length; c++) {
            double z = b[c];
            for (int j = 0; j < x.length; j++) {
                z += w[c][j] * x[j];
            }
            out[c] = z;
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int c = 0; c < w.length; c++) {
            out[c] = Math.exp(out[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < w.length; c++) {
            out[c] /= sum;
        }
    }
}
