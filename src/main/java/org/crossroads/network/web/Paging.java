package org.crossroads.network.web;

import java.util.List;

/**
 * One page of a list on the network pages: the asked page clamped to those that exist (a page past the end shows
 * the last one, a negative one the first), counted from 0.
 */
record Paging(int page, int pages, int size) {

    static Paging of(int total, int asked, int size) {
        int pages = Math.max(1, (total + size - 1) / size);
        return new Paging(Math.min(Math.max(asked, 0), pages - 1), pages, size);
    }

    /** The position of this page's first item in the whole list. */
    int offset() {
        return page * size;
    }

    <T> List<T> slice(List<T> all) {
        return all.subList(Math.min(offset(), all.size()), Math.min(all.size(), offset() + size));
    }
}
