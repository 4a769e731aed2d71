package org.crossroads.inventory.search;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * For each key (a facet value, a word of the initiatives' text, an organisation), the index slots that hold it, as a growing sorted
 * array: slots are only ever appended, so adding keeps each list sorted. A slot whose initiative changed or left
 * stays listed until the next rebuild; queries intersect with the live slots.
 */
final class Postings {

    private final NavigableMap<String, Slots> byKey = new TreeMap<>();

    void add(String key, int slot) {
        byKey.computeIfAbsent(key, k -> new Slots()).add(slot);
    }

    void clear() {
        byKey.clear();
    }

    /** The slots holding the key. */
    BitSet exactly(String key) {
        return anyOf(List.of(key));
    }

    /** The slots holding any key that starts with the prefix. */
    BitSet startingWith(String prefix) {
        BitSet found = new BitSet();
        byKey.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values().forEach(s -> s.into(found));
        return found;
    }

    /** The slots holding any of the keys. */
    BitSet anyOf(Iterable<String> keys) {
        BitSet found = new BitSet();
        keys.forEach(k -> {
            Slots slots = byKey.get(k);
            if (slots != null) {
                slots.into(found);
            }
        });
        return found;
    }

    /** Per key, how many of its slots are in the scope (keys with none are left out). */
    Map<String, Integer> countsWithin(BitSet scope) {
        Map<String, Integer> counts = new HashMap<>();
        byKey.forEach((key, slots) -> {
            int n = slots.countWithin(scope);
            if (n > 0) {
                counts.put(key, n);
            }
        });
        return counts;
    }

    private static final class Slots {
        private int[] slots = new int[2];
        private int size;

        void add(int slot) {
            if (size > 0 && slots[size - 1] == slot) {
                return;
            }
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
            }
            slots[size++] = slot;
        }

        int countWithin(BitSet scope) {
            int n = 0;
            for (int k = 0; k < size; k++) {
                if (scope.get(slots[k])) {
                    n++;
                }
            }
            return n;
        }

        void into(BitSet set) {
            for (int k = 0; k < size; k++) {
                set.set(slots[k]);
            }
        }
    }
}
