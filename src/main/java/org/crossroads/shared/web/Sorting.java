package org.crossroads.shared.web;

import java.util.Arrays;
import java.util.List;

/**
 * The order a reader asked a list for, and the orders the list offers them (the choices of its sort control).
 * Relevance is offered only when words were searched for, and is then the default; an unknown or unoffered order is
 * read as the default, never refused: a shared link with an old or mistyped {@code sort} still shows the list.
 *
 * @param chosen  the order the list is in
 * @param offered the orders the reader may choose, in the order the control lists them
 */
public record Sorting(ListSort chosen, List<ListSort> offered) {

    public Sorting {
        offered = List.copyOf(offered);
    }

    /**
     * @param requested the {@code sort} parameter as given (null when absent)
     * @param words     whether the reader searched for words (a text query)
     * @param otherwise the list's order without words
     * @param orders    the orders the list offers besides relevance
     */
    public static Sorting read(String requested, boolean words, ListSort otherwise, ListSort... orders) {
        List<ListSort> offered = Arrays.stream(ListSort.values())
                .filter(s -> s == ListSort.RELEVANCE ? words : Arrays.asList(orders).contains(s)).toList();
        ListSort fallback = words ? ListSort.RELEVANCE : otherwise;
        ListSort chosen = ListSort.of(requested).filter(offered::contains).orElse(fallback);
        return new Sorting(chosen, offered);
    }

    public boolean by(ListSort sort) {
        return chosen == sort;
    }
}
