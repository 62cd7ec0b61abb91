package org.perceptra.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Divides samples into training, validation and test parts, the same way for the same seed. Stratified splits
 * keep each class's share in every part (classification only: regression targets are split at random). The
 * number of held-out samples per class is allocated by largest remainder, so the parts have the requested sizes
 * overall; every class keeps at least one training sample.
 */
public final class Splits {
    private Splits() {
    }

    /** Train, validation and test parts; {@code folds} is ignored here (see {@link #folds}). */
    public static SplitIndices split(Dataset data, DatasetSpec.Split split) {
        int[] classes = data.isClassification() && split.stratify() ? data.classes() : null;
        return split(data.size(), classes, split.validation(), split.test(), split.seed());
    }

    /**
     * k-fold cross-validation: the test part is held out once, the rest is dealt into {@code split.folds()}
     * folds, and fold {@code i} validates while the others train. The validation fraction is not used.
     *
     * @throws DataException if there are fewer samples left than folds
     */
    public static List<SplitIndices> folds(Dataset data, DatasetSpec.Split split) throws DataException {
        int[] classes = data.isClassification() && split.stratify() ? data.classes() : null;
        SplitIndices outer = split(data.size(), classes, 0, split.test(), split.seed());
        int[] rest = outer.train();
        int k = split.folds();
        if (rest.length < k) {
            throw new DataException(k + " folds need at least " + k + " samples besides the test part; there are "
                    + rest.length + ".");
        }
        int[] order = dealOrder(rest, classes, new SplittableRandom(split.seed() + 1));
        List<List<Integer>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < order.length; i++) {
            folds.get(i % k).add(order[i]); // dealing class after class keeps each fold's class shares
        }
        List<SplitIndices> result = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            int[] validation = sorted(folds.get(f));
            int[] train = Arrays.stream(rest).filter(i -> Arrays.binarySearch(validation, i) < 0).toArray();
            result.add(new SplitIndices(train, validation, outer.test()));
        }
        return result;
    }

    /** The split itself, on indices {@code 0..n-1}; {@code classes} null means no stratification. */
    static SplitIndices split(int n, int[] classes, double validation, double test, long seed) {
        List<int[]> groups = groups(n, classes);
        SplittableRandom random = new SplittableRandom(seed);
        int[] sizes = groups.stream().mapToInt(g -> g.length).toArray();
        int[] testCounts = allocate(sizes, (int) Math.round(n * test));
        int[] valCounts = allocate(sizes, (int) Math.round(n * validation));
        List<Integer> train = new ArrayList<>();
        List<Integer> val = new ArrayList<>();
        List<Integer> tst = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            int[] members = groups.get(g);
            shuffle(members, random);
            int nTest = Math.min(testCounts[g], Math.max(0, members.length - 1));
            int nVal = Math.min(valCounts[g], Math.max(0, members.length - 1 - nTest));
            for (int i = 0; i < members.length; i++) {
                (i < nTest ? tst : i < nTest + nVal ? val : train).add(members[i]);
            }
        }
        return new SplitIndices(sorted(train), sorted(val), sorted(tst));
    }

    /** Indices of each class in class order, or all indices as one group. */
    private static List<int[]> groups(int n, int[] classes) {
        if (classes == null) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return List.of(all);
        }
        int classCount = Arrays.stream(classes).max().orElse(-1) + 1;
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classCount; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            byClass.get(classes[i]).add(i);
        }
        return byClass.stream().map(Splits::sorted).toList();
    }

    /** Splits {@code total} over groups in proportion to their sizes, by largest remainder (ties: first group). */
    static int[] allocate(int[] sizes, int total) {
        long n = Arrays.stream(sizes).asLongStream().sum();
        int[] counts = new int[sizes.length];
        double[] remainders = new double[sizes.length];
        int given = 0;
        for (int g = 0; g < sizes.length; g++) {
            double exact = n == 0 ? 0 : (double) total * sizes[g] / n;
            counts[g] = (int) Math.floor(exact);
            remainders[g] = exact - counts[g];
            given += counts[g];
        }
        for (; given < total; given++) {
            int best = 0;
            for (int g = 1; g < sizes.length; g++) {
                best = remainders[g] > remainders[best] ? g : best;
            }
            counts[best]++;
            remainders[best] = -1;
        }
        return counts;
    }

    private static int[] dealOrder(int[] indices, int[] classes, SplittableRandom random) {
        int[] order = indices.clone();
        shuffle(order, random);
        if (classes != null) {
            // Stable sort by class after the shuffle: random within a class, classes one after another.
            Integer[] boxed = Arrays.stream(order).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, (a, b) -> Integer.compare(classes[a], classes[b]));
            order = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        }
        return order;
    }

    static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    private static int[] sorted(List<Integer> values) {
        int[] out = values.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(out);
        return out;
    }
}
