package org.crossroads.shared.search;

/** Whether two words are at most one edit apart: one letter replaced, added, removed, or two swapped. */
final class EditDistance {

    private EditDistance() {
    }

    static boolean withinOne(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (Math.abs(x.length - y.length) > 1) {
            return false;
        }
        int i = 0;
        while (i < x.length && i < y.length && x[i] == y[i]) {
            i++;
        }
        if (i == x.length && i == y.length) {
            return true;
        }
        if (x.length == y.length) {
            return tailEquals(x, i + 1, y, i + 1)
                    || (i + 1 < x.length && x[i] == y[i + 1] && x[i + 1] == y[i] && tailEquals(x, i + 2, y, i + 2));
        }
        return x.length > y.length ? tailEquals(x, i + 1, y, i) : tailEquals(x, i, y, i + 1);
    }

    private static boolean tailEquals(int[] x, int from, int[] y, int yFrom) {
        if (x.length - from != y.length - yFrom) {
            return false;
        }
        for (int k = 0; from + k < x.length; k++) {
            if (x[from + k] != y[yFrom + k]) {
                return false;
            }
        }
        return true;
    }
}
