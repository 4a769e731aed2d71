package org.crossroads.network;

/**
 * What a tie of the cooperation graph stands for, with the record it comes from (see docs/network.md).
 * The code is the one the API, the pages' filters and the exports use.
 */
public enum TieKind {
    /** A city is a member of a network (city to network); two members of a network are tied through it. */
    MEMBERSHIP("membership"),
    /** A city twinning (city to city). */
    TWINNING("twinning"),
    /** A project partnership between two cities. */
    PROJECT_PARTNERSHIP("project_partnership"),
    /** Two cities take part in the same initiative, or an organisation implements or partners one in a city. */
    INITIATIVE("initiative"),
    /** Two cities had delegates at (or hosted) the same peer-learning event. */
    EVENT("event"),
    /** A validated outcome in one city was inspired by another city (from the inspired to the inspiring city). */
    INSPIRATION("inspiration"),
    /** One city rated another for mutual accountability after an event (only where the averages are public). */
    PEER_RATING("peer_rating"),
    /**
     * Two member cities of a network publish values of the same indicator that anyone sees, so they appear side by
     * side in that network's data comparison (one tie per pair and network). A weak tie: it adds weight between
     * cities the network already ties, never a neighbour, and no part of connectedness.
     */
    DATA_COMPARISON("data_comparison");

    private final String code;

    TieKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** A tie between two cities directly, not through a group they share: what "partner cities" counts. */
    public boolean isBilateral() {
        return this == TWINNING || this == PROJECT_PARTNERSHIP || this == INSPIRATION || this == PEER_RATING;
    }

    public static java.util.Optional<TieKind> ofCode(String code) {
        for (TieKind kind : values()) {
            if (kind.code.equals(code)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
