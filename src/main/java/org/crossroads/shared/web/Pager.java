package org.crossroads.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The numbered pager of a list (issue 12 §4), shown by the fragment {@code shared/lists :: pager}: previous, the
 * first page, the pages around the current one with a gap ("…") where pages are left out, the last page, and next.
 * Each link is the current request's address with only the {@code page} parameter replaced: the words, filters and
 * order stay as the reader chose them, encoded, with digits 0–9 whatever the page's language. A page past the last is
 * not an error: the list is empty there, says so, and the pager leads back.
 *
 * @param page  the page shown, counted from 1 (whatever the list's URLs count from)
 * @param pages how many pages the list has (0 when it is empty)
 * @param total how many records the list holds
 * @param size  records per page
 * @param items the numbered links and the gaps, in order
 * @param previous the previous page's address, or null on the first page
 * @param next  the next page's address, or null on the last
 */
public record Pager(int page, int pages, long total, int size, List<Item> items, String previous, String next) {

    public static final String PARAMETER = "page";
    /** Pages linked on either side of the current one. */
    static final int AROUND = 2;

    /**
     * A link to one page, or a gap where pages are left out.
     *
     * @param href null for a gap
     */
    public record Item(int number, String href, boolean current) {

        public boolean gap() {
            return href == null;
        }
    }

    public Pager {
        items = List.copyOf(items);
    }

    /** The pager of a list whose URLs number pages from 1 ({@code page=2} is the second page). */
    public static Pager countingFromOne(HttpServletRequest request, int page, long total, int size) {
        return of(request, page, 1, total, size);
    }

    /** The pager of a list whose URLs number pages from 0 ({@code page=1} is the second page). */
    public static Pager countingFromZero(HttpServletRequest request, int page, long total, int size) {
        return of(request, page + 1, 0, total, size);
    }

    private static Pager of(HttpServletRequest request, int shown, int firstInUrl, long total, int size) {
        int page = Math.max(1, shown);
        int perPage = Math.max(1, size);
        int pages = (int) Math.min(Integer.MAX_VALUE, (total + perPage - 1) / perPage);
        Addresses addresses = new Addresses(request, firstInUrl);
        int anchor = Math.min(page, Math.max(1, pages));
        TreeSet<Integer> numbers = new TreeSet<>();
        if (pages > 0) {
            numbers.add(1);
            numbers.add(pages);
            for (int n = Math.max(1, anchor - AROUND); n <= Math.min(pages, anchor + AROUND); n++) {
                numbers.add(n);
            }
        }
        List<Item> items = new ArrayList<>();
        int before = 0;
        for (int n : numbers) {
            if (n - before == 2) {
                items.add(new Item(before + 1, addresses.of(before + 1), false)); // a gap would hide one page: show it
            } else if (n - before > 2) {
                items.add(new Item(0, null, false));
            }
            items.add(new Item(n, addresses.of(n), n == page));
            before = n;
        }
        String previous = page > 1 && pages > 0 ? addresses.of(Math.min(page - 1, pages)) : null;
        String next = page < pages ? addresses.of(page + 1) : null;
        return new Pager(page, pages, total, perPage, items, previous, next);
    }

    /** Whether there is anything to page through: several pages, or a page past the last to lead back from. */
    public boolean shown() {
        return pages > 1 || pastEnd();
    }

    /** The reader asked for a page after the last one. */
    public boolean pastEnd() {
        return total > 0 && page > pages;
    }

    /** The position of the first record on this page, from 1. */
    public long first() {
        return Math.min(total, (long) (page - 1) * size + 1);
    }

    /** The position of the last record on this page. */
    public long last() {
        return Math.min(total, (long) page * size);
    }

    /** The request's address with another page: its path, and its parameters but {@code page}, blank ones left out. */
    private static final class Addresses {

        private final String path;
        private final String kept;
        private final int firstInUrl;

        Addresses(HttpServletRequest request, int firstInUrl) {
            this.path = request.getRequestURI();
            this.firstInUrl = firstInUrl;
            StringBuilder query = new StringBuilder();
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                if (parameter.getKey().equals(PARAMETER)) {
                    continue;
                }
                for (String value : parameter.getValue()) {
                    // a blank filter means "any" on every list: the address is shorter without it
                    if (value != null && !value.isBlank()) {
                        query.append(query.isEmpty() ? "" : "&").append(encoded(parameter.getKey())).append('=').append(encoded(value));
                    }
                }
            }
            this.kept = query.toString();
        }

        /** The address of page {@code number} (from 1); the first page's has no {@code page}, as the list's own link. */
        String of(int number) {
            String page = number == 1 ? "" : PARAMETER + "=" + Integer.toString(number - 1 + firstInUrl);
            String query = kept.isEmpty() ? page : page.isEmpty() ? kept : kept + "&" + page;
            return query.isEmpty() ? path : path + "?" + query;
        }

        /** Percent-encoded, a space as %20 rather than "+" (which not every reader of a URL takes for a space). */
        private static String encoded(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }
}
