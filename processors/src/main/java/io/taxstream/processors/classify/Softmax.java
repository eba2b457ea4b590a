package io.taxstream.processors.classify;

/** Softmax over class scores plus one baseline class, numerically stable. */
final class Softmax {

    private Softmax() {
    }

    /**
     * Probabilities of the classes and, in the last slot, of the baseline.
     *
     * @param scores      class scores in points
     * @param baseline    the baseline class's score
     * @param temperature points per factor e
     */
    static double[] withBaseline(double[] scores, double baseline, double temperature) {
        double max = baseline;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] p = new double[scores.length + 1];
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            p[i] = Math.exp((scores[i] - max) / temperature);
            sum += p[i];
        }
        p[scores.length] = Math.exp((baseline - max) / temperature);
        sum += p[scores.length];
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
