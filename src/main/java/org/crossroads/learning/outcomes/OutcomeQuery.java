package org.crossroads.learning.outcomes;

import org.crossroads.shared.web.ListSort;

/**
 * A filter of outcome statements, with paging for lists: a status, the city where the change happened,
 * a linked event, a capability code (with or without a level), a change type, a network and free-text
 * words (all must appear in the change agent, description, significance, contribution, evidence or
 * inspiring practice — never in the source, which the Chatham House rule may hide). Null or blank means
 * "any"; the words are read in four languages (stems, accents, vocabulary labels, place names in any script, typos).
 * Counts ignore the paging. Lists are by relevance with words, else by date observed (newest first), unless {@code sort}
 * says by change agent (name) or by last change.
 */
@org.springframework.modulith.NamedInterface("api")
public record OutcomeQuery(String status, Long placeId, Long eventId, String capability, String level,
        String changeType, Long networkId, String text, int page, int size, ListSort sort) {

    public static final int MAX_SIZE = 200;

    public OutcomeQuery {
        status = blankToNull(status);
        capability = blankToNull(capability);
        level = blankToNull(level);
        changeType = blankToNull(changeType);
        text = text == null ? "" : text.strip();
        page = Math.max(0, page);
        size = size <= 0 ? 50 : Math.min(size, MAX_SIZE);
    }

    /** The order asked for, else relevance with words and newest first without; relevance needs words. */
    public ListSort order() {
        return sort == null || sort == ListSort.RELEVANCE && text.isEmpty() ? (text.isEmpty() ? ListSort.DATE : ListSort.RELEVANCE) : sort;
    }

    /** By relevance with words, else newest first. */
    public OutcomeQuery(String status, Long placeId, Long eventId, String capability, String level,
            String changeType, Long networkId, String text, int page, int size) {
        this(status, placeId, eventId, capability, level, changeType, networkId, text, page, size, null);
    }

    public OutcomeQuery sorted(ListSort newSort) {
        return new OutcomeQuery(status, placeId, eventId, capability, level, changeType, networkId, text, page, size, newSort);
    }

    /** Every statement the reader may see. */
    public static OutcomeQuery all() {
        return new OutcomeQuery(null, null, null, null, null, null, null, "", 0, 50);
    }

    /** Validated statements only: what public pages and dashboards count. */
    public static OutcomeQuery validated() {
        return all().withStatus(OutcomeStatement.VALIDATED);
    }

    public OutcomeQuery withStatus(String newStatus) {
        return new OutcomeQuery(newStatus, placeId, eventId, capability, level, changeType, networkId, text, page, size, sort);
    }

    public OutcomeQuery withPlace(Long newPlaceId) {
        return new OutcomeQuery(status, newPlaceId, eventId, capability, level, changeType, networkId, text, page, size, sort);
    }

    public OutcomeQuery withEvent(Long newEventId) {
        return new OutcomeQuery(status, placeId, newEventId, capability, level, changeType, networkId, text, page, size, sort);
    }

    public OutcomeQuery withNetwork(Long newNetworkId) {
        return new OutcomeQuery(status, placeId, eventId, capability, level, changeType, newNetworkId, text, page, size, sort);
    }

    public OutcomeQuery withCapability(String newCapability, String newLevel) {
        return new OutcomeQuery(status, placeId, eventId, newCapability, newLevel, changeType, networkId, text, page, size, sort);
    }

    public OutcomeQuery withChangeType(String newChangeType) {
        return new OutcomeQuery(status, placeId, eventId, capability, level, newChangeType, networkId, text, page, size, sort);
    }

    public OutcomeQuery withText(String newText) {
        return new OutcomeQuery(status, placeId, eventId, capability, level, changeType, networkId, newText, page, size, sort);
    }

    public OutcomeQuery withPage(int newPage, int newSize) {
        return new OutcomeQuery(status, placeId, eventId, capability, level, changeType, networkId, text, newPage, newSize, sort);
    }

    int offset() {
        return page * size;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
