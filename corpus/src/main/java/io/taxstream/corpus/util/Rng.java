package io.taxstream.corpus.util;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;

/** A seeded source of choices; the only randomness the generator uses, so output follows from the seed. */
public final class Rng {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final SplittableRandom random;

    public Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A generator for one named purpose, independent of how much the parent has been used. */
    public static Rng derive(long seed, String purpose, int index) {
        long mixed = seed * 0x9E3779B97F4A7C15L + purpose.hashCode() * 0xC2B2AE3D27D4EB4FL + index;
        return new Rng(mixed);
    }

    /** A uniformly chosen int in {@code [from, to]} (both inclusive). */
    public int between(int from, int to) {
        return random.nextInt(from, to + 1);
    }

    public long nextLong() {
        return random.nextLong();
    }

    public double nextDouble() {
        return random.nextDouble();
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    public final <T> T pickOf(T... items) {
        return items[random.nextInt(items.length)];
    }

    public String letters(int n) {
        return from(LETTERS, n);
    }

    public String alnum(int n) {
        return from(ALNUM, n);
    }

    public String digits(int n) {
        return from("0123456789", n);
    }

    /** Digits that do not start with zero. */
    public String number(int n) {
        return from("123456789", 1) + from("0123456789", n - 1);
    }

    /** A whole-rupee amount in {@code [min, max]} rounded to a multiple of {@code step}. */
    public BigDecimal rupees(long min, long max, long step) {
        long steps = (max - min) / step;
        long v = min + random.nextLong(steps + 1) * step;
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** An amount with paise in {@code [min, max]}. */
    public BigDecimal paise(long min, long max) {
        long v = min * 100 + random.nextLong((max - min) * 100 + 1);
        return BigDecimal.valueOf(v, 2);
    }

    private String from(String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
