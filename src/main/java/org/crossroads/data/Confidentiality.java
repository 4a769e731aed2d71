package org.crossroads.data;

import java.util.List;

/** The confidentiality levels of data values, from the most open; a figure takes the strictest of its cells. */
final class Confidentiality {

    static final List<String> LEVELS = List.of("public", "restricted", "confidential");

    private Confidentiality() {
    }

    /** 0 for public, 1 restricted, 2 confidential (and anything unknown, to fail closed). */
    static int level(String name) {
        int level = LEVELS.indexOf(name);
        return level < 0 ? LEVELS.size() - 1 : level;
    }

    static String name(int level) {
        return LEVELS.get(level);
    }
}
