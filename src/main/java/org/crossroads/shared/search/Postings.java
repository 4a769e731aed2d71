package org.crossroads.shared.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * For each key (a facet value, a word of the records' text, an organisation), the slots of an in-memory search index
 * that hold it, as a compressed bitmap (RoaringBitmap: a few bytes a slot for rare keys, one bit a slot for common
 * ones; the 20,000 documents of the library benchmark hold 25 million words). A slot whose record changed or left stays
 * listed until the next rebuild; queries intersect with the index's live slots.
 * <p>
 * Postings of a facet, made with {@link #counted()}, also keep each slot's keys, to count the values of a scope slot by
 * slot: intersecting each of 20,000 cities' bitmaps with the scope took most of a search's time.
 */
public final class Postings {

    private final NavigableMap<String, RoaringBitmap> byKey = new TreeMap<>();
    /**
     * For counted postings: per slot the code of its first key (-1 for none; most facets hold one value a slot, read
     * from one flat array) and of its further keys, and the key of each code.
     */
    private final boolean counted;
    private int[] firstCodeBySlot = new int[0];
    private int[][] moreCodesBySlot = new int[0][];
    private final List<String> keyOfCode = new ArrayList<>();
    private final Map<String, Integer> codeOfKey = new HashMap<>();

    private Postings(boolean counted) {
        this.counted = counted;
    }

    /** Postings whose keys are only looked up (words, organisations). */
    public static Postings lookedUp() {
        return new Postings(false);
    }

    /** Postings of a facet, whose values are counted within a scope ({@link #countsWithin}). */
    public static Postings counted() {
        return new Postings(true);
    }

    public void add(String key, int slot) {
        byKey.computeIfAbsent(key, k -> new RoaringBitmap()).add(slot);
        if (counted) {
            int code = codeOfKey.computeIfAbsent(key, k -> {
                keyOfCode.add(k);
                return keyOfCode.size() - 1;
            });
            if (slot >= firstCodeBySlot.length) {
                int length = Math.max(slot + 1, firstCodeBySlot.length * 2);
                int from = firstCodeBySlot.length;
                firstCodeBySlot = Arrays.copyOf(firstCodeBySlot, length);
                Arrays.fill(firstCodeBySlot, from, length, -1);
                moreCodesBySlot = Arrays.copyOf(moreCodesBySlot, length);
            }
            if (firstCodeBySlot[slot] < 0) {
                firstCodeBySlot[slot] = code;
            } else if (firstCodeBySlot[slot] != code) {
                int[] more = moreCodesBySlot[slot];
                moreCodesBySlot[slot] = more == null ? new int[] {code} : append(more, code);
            }
        }
    }

    private static int[] append(int[] codes, int code) {
        for (int c : codes) {
            if (c == code) {
                return codes;
            }
        }
        int[] longer = Arrays.copyOf(codes, codes.length + 1);
        longer[codes.length] = code;
        return longer;
    }

    public void clear() {
        byKey.clear();
        firstCodeBySlot = new int[0];
        moreCodesBySlot = new int[0][];
        keyOfCode.clear();
        codeOfKey.clear();
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
        return BitSetUtil.bitsetOf(slotsOf(key));
    }

    /** The slots holding any key that starts with the prefix. */
    public BitSet startingWith(String prefix) {
        return BitSetUtil.bitsetOf(slotsStartingWith(prefix));
    }

    /** The slots holding any of the keys. */
    public BitSet anyOf(Iterable<String> keys) {
        List<RoaringBitmap> held = new ArrayList<>();
        keys.forEach(k -> {
            RoaringBitmap slots = byKey.get(k);
            if (slots != null) {
                held.add(slots);
            }
        });
        return BitSetUtil.bitsetOf(FastAggregation.or(held.iterator()));
    }

    /** The key's bitmap itself (not to be changed), empty when no slot holds it: for {@link WordQuery}. */
    RoaringBitmap slotsOf(String key) {
        RoaringBitmap slots = byKey.get(key);
        return slots == null ? new RoaringBitmap() : slots;
    }

    /** A new bitmap of the slots holding a key that starts with the prefix. */
    RoaringBitmap slotsStartingWith(String prefix) {
        return FastAggregation.or(byKey.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values().iterator());
    }

    /** Per key, how many of its slots are in the scope (keys with none are left out); only for {@link #counted()}. */
    public Map<String, Integer> countsWithin(BitSet scope) {
        return countsWithin(List.of(this), scope).get(0);
    }

    /**
     * {@link #countsWithin} for several facets in one walk over the scope's slots (facets without a selection of their
     * own share one scope).
     */
    public static List<Map<String, Integer>> countsWithin(List<Postings> facets, BitSet scope) {
        int n = facets.size();
        int[][] counts = new int[n][];
        int[][] firsts = new int[n][];
        int[][][] mores = new int[n][][];
        for (int f = 0; f < n; f++) {
            Postings postings = facets.get(f);
            if (!postings.counted) {
                throw new IllegalStateException("These postings keep no keys per slot");
            }
            counts[f] = new int[postings.keyOfCode.size()];
            firsts[f] = postings.firstCodeBySlot;
            mores[f] = postings.moreCodesBySlot;
        }
        int[] inScope = scope.stream().toArray();
        for (int f = 0; f < n; f++) {
            int[] of = counts[f];
            int[] first = firsts[f];
            int[][] more = mores[f];
            for (int slot : inScope) {
                if (slot >= first.length) {
                    break;
                }
                int code = first[slot];
                if (code >= 0) {
                    of[code]++;
                    int[] further = more[slot];
                    if (further != null) {
                        for (int c : further) {
                            of[c]++;
                        }
                    }
                }
            }
        }
        List<Map<String, Integer>> all = new ArrayList<>(n);
        for (int f = 0; f < n; f++) {
            Map<String, Integer> byKey = new HashMap<>();
            for (int code = 0; code < counts[f].length; code++) {
                if (counts[f][code] > 0) {
                    byKey.put(facets.get(f).keyOfCode.get(code), counts[f][code]);
                }
            }
            all.add(byKey);
        }
        return all;
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
