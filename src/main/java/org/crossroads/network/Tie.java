package org.crossroads.network;

import java.time.LocalDate;

/**
 * An edge of the cooperation graph, from the record that makes it.
 *
 * @param from node key; for {@link TieKind#INSPIRATION} the inspired city, for {@link TieKind#PEER_RATING} the rater
 * @param to node key; the inspiring city gets the credit
 * @param weight its strength: 1 for a tie between two parties, 1/(n−1) for each pair of the n cities of one
 *     network, initiative or event, so that a large group does not outweigh a partnership
 * @param since first day, or null when not recorded (counted from the beginning)
 * @param until last day, or null when open
 * @param record the kind of record it comes from, as the audit trail names it ("membership", "initiative"…)
 * @param recordId that record's id
 * @param via the network, initiative or event two cities share (its name), or null for a direct tie
 */
public record Tie(TieKind kind, String from, String to, double weight, LocalDate since, LocalDate until,
        String record, long recordId, String via) {

    /** Whether the tie's period overlaps the calendar year. */
    public boolean activeIn(int year) {
        return (since == null || since.getYear() <= year) && (until == null || until.getYear() >= year);
    }

    public boolean involves(String key) {
        return from.equals(key) || to.equals(key);
    }

    public String other(String key) {
        return from.equals(key) ? to : from;
    }
}
