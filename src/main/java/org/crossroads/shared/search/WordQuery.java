package org.crossroads.shared.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.RoaringBitmap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A PostgreSQL tsquery, as {@code crossroads_alternatives_query} writes it in text, evaluated against an in-memory
 * index's words (initiatives, documents): {@code 'hous' | 'housing':* & ( 'city' & 'partnership' )}. Words match
 * exactly, {@code :*} as a prefix, {@code !} negates, {@code &} and {@code |} combine as in PostgreSQL. A phrase operator ({@code <->}, made
 * for a hyphenated word such as "covid-19") is read as {@code &}: the index keeps no positions, so a record holding
 * the parts apart matches too (PostgreSQL's own search is the same without a phrase). Weights are not used.
 */
public final class WordQuery {

    private final String text;
    private final Postings words;
    private final BitSet all;
    private RoaringBitmap allSlots;
    private int at;

    private WordQuery(String text, Postings words, BitSet all) {
        this.text = text;
        this.words = words;
        this.all = all;
    }

    /**
     * Each concept's phrases as a tsquery in text (stems in four languages, V6/V7), in one statement: what
     * {@link #matching} reads. Null where a concept's phrases hold no word.
     */
    public static List<String> tsqueries(JdbcClient jdbc, List<QueryConcept> concepts) {
        if (concepts.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        List<String> columns = new ArrayList<>();
        for (int k = 0; k < concepts.size(); k++) {
            params.put("a" + k, concepts.get(k).alternatives());
            columns.add("crossroads_alternatives_query(:a" + k + ")::text");
        }
        return jdbc.sql("select " + String.join(", ", columns)).params(params).query((rs, n) -> {
            List<String> texts = new ArrayList<>();
            for (int k = 1; k <= concepts.size(); k++) {
                texts.add(rs.getString(k));
            }
            return texts;
        }).single();
    }

    /** The slots among {@code all} whose words match the query; none for a null or empty query. */
    public static BitSet matching(String tsquery, Postings words, BitSet all) {
        if (tsquery == null || tsquery.isBlank()) {
            return new BitSet();
        }
        WordQuery query = new WordQuery(tsquery, words, all);
        RoaringBitmap found = query.or();
        query.skipSpaces();
        if (query.at != tsquery.length()) {
            throw new IllegalArgumentException("Unreadable tsquery at " + query.at + ": " + tsquery);
        }
        BitSet matching = BitSetUtil.bitsetOf(found);
        matching.and(all);
        return matching;
    }

    // bitmaps of the postings are combined into new ones (RoaringBitmap.or/and/andNot), never changed
    private RoaringBitmap or() {
        RoaringBitmap left = and();
        while (next('|')) {
            left = RoaringBitmap.or(left, and());
        }
        return left;
    }

    private RoaringBitmap and() {
        RoaringBitmap left = not();
        while (true) {
            if (next('&') || phrase()) {
                left = RoaringBitmap.and(left, not());
            } else {
                return left;
            }
        }
    }

    private RoaringBitmap not() {
        if (next('!')) {
            if (allSlots == null) {
                allSlots = BitSetUtil.bitmapOf(all);
            }
            return RoaringBitmap.andNot(allSlots, not());
        }
        if (next('(')) {
            RoaringBitmap inner = or();
            expect(')');
            return inner;
        }
        return word();
    }

    /** {@code <->} or {@code <N>}. */
    private boolean phrase() {
        skipSpaces();
        if (at < text.length() && text.charAt(at) == '<') {
            int close = text.indexOf('>', at);
            if (close < 0) {
                throw new IllegalArgumentException("Unclosed phrase operator in " + text);
            }
            at = close + 1;
            return true;
        }
        return false;
    }

    private RoaringBitmap word() {
        expect('\'');
        StringBuilder word = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw new IllegalArgumentException("Unclosed word in " + text);
            }
            char c = text.charAt(at++);
            if (c == '\\' && at < text.length()) {
                word.append(text.charAt(at++));
            } else if (c == '\'') {
                if (at < text.length() && text.charAt(at) == '\'') {
                    word.append('\'');
                    at++;
                } else {
                    break;
                }
            } else {
                word.append(c);
            }
        }
        boolean prefix = false;
        if (at < text.length() && text.charAt(at) == ':') {
            at++;
            while (at < text.length() && "*ABCDabcd".indexOf(text.charAt(at)) >= 0) {
                prefix |= text.charAt(at) == '*';
                at++;
            }
        }
        return prefix ? words.slotsStartingWith(word.toString()) : words.slotsOf(word.toString());
    }

    private boolean next(char c) {
        skipSpaces();
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!next(c)) {
            throw new IllegalArgumentException("Expected " + c + " at " + at + " in " + text);
        }
    }

    private void skipSpaces() {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
    }
}
