package org.crossroads.inventory.web;

import java.time.LocalDate;

/** "2016–2022", "since 2020", "until 2021" or empty; years are what readers compare. */
final class Period {

    private Period() {
    }

    static String of(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return "";
        }
        if (start == null) {
            return "– " + end.getYear();
        }
        if (end == null) {
            return start.getYear() + " –";
        }
        return start.getYear() == end.getYear() ? String.valueOf(start.getYear()) : start.getYear() + "–" + end.getYear();
    }
}
