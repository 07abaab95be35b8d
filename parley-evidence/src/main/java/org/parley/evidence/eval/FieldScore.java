package org.parley.evidence.eval;

/**
 * Counts for one field: true positives, false positives, false negatives; precision {@code tp/(tp+fp)}, recall
 * {@code tp/(tp+fn)}, F1 their harmonic mean (each 0 when its denominator is 0).
 *
 * @param tp fields predicted and equal to gold
 * @param fp fields predicted but absent from gold or different
 * @param fn gold fields not predicted or predicted differently
 */
public record FieldScore(int tp, int fp, int fn) {
    public FieldScore {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
    }

    /** tp / (tp + fp). */
    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    /** tp / (tp + fn). */
    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    /** 2PR / (P + R). */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    FieldScore plus(int dtp, int dfp, int dfn) {
        return new FieldScore(tp + dtp, fp + dfp, fn + dfn);
    }
}
