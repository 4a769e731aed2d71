package org.crossroads.shared.search;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.roaringbitmap.RoaringBitmap;

/**
 * For each key (a facet value, a word of the records' text, an organisation), the slots of an in-memory search index
 * that hold it, as a compressed bitmap (RoaringBitmap: a few bytes a slot for rare keys, one bit a slot for common
 * ones; the 20,000 documents of the library benchmark hold 25 million words). A slot whose record changed or left stays
 * listed until the next rebuild; queries intersect with the index's live slots.
 */
public final class Postings {

    private final NavigableMap<String, RoaringBitmap> byKey = new TreeMap<>();

    public void add(String key, int slot) {
        byKey.computeIfAbsent(key, k -> new RoaringBitmap()).add(slot);
    }

    public void clear() {
        byKey.clear();
    }

    /** Compacts the bitmaps after a full build (runs of slots, trimmed arrays). */
    public void compact() {
        byKey.values().forEach(b -> {
            b.runOptimize();
            b.trim();
        });
    }

    /** The slots holding the key. */
    public BitSet exactly(String key) {
        return anyOf(List.of(key));
    }

    /** The slots holding any key that starts with the prefix. */
    public BitSet startingWith(String prefix) {
        BitSet found = new BitSet();
        byKey.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values().forEach(s -> s.forEach((int slot) -> found.set(slot)));
        return found;
    }

    /** The slots holding any of the keys. */
    public BitSet anyOf(Iterable<String> keys) {
        BitSet found = new BitSet();
        keys.forEach(k -> {
            RoaringBitmap slots = byKey.get(k);
            if (slots != null) {
                slots.forEach((int slot) -> found.set(slot));
            }
        });
        return found;
    }

    /** Per key, how many of its slots are in the scope (keys with none are left out). */
    public Map<String, Integer> countsWithin(BitSet scope) {
        Map<String, Integer> counts = new HashMap<>();
        if (scope.isEmpty()) {
            return counts;
        }
        RoaringBitmap within = RoaringBitmap.bitmapOf(scope.stream().toArray());
        byKey.forEach((key, slots) -> {
            int n = RoaringBitmap.andCardinality(slots, within);
            if (n > 0) {
                counts.put(key, n);
            }
        });
        return counts;
    }

    /** How many keys and key-slot pairs it holds (for the index's log line). */
    public long pairs() {
        long n = 0;
        for (RoaringBitmap b : byKey.values()) {
            n += b.getLongCardinality();
        }
        return n;
    }

    public int keys() {
        return byKey.size();
    }
}
