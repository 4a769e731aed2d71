package org.crossroads.directory;

import java.util.List;

/** One page of a list, numbered from 0, with the total number of matches. */
@org.springframework.modulith.NamedInterface("api")
public record ResultPage<T>(List<T> items, long total, int page, int size) {

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
