package org.crossroads.learning;

/**
 * A filter of outcome statements, with paging for lists: a status, the city where the change happened,
 * a linked event, a capability code (with or without a level), a change type, a network and free-text
 * words (all must appear in the change agent, description, significance, contribution, evidence or
 * inspiring practice — never in the source, which the Chatham House rule may hide). Null or blank means
 * "any"; the words are read in four languages (stems, accents, vocabulary labels, place names in any script, typos).
 * Counts ignore the paging.
 */
public record OutcomeQuery(String status, Long placeId, Long eventId, String capability, String level,
        String changeType, Long networkId, String text, int page, int size) {

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

    /** Every statement the reader may see. */
    public static OutcomeQuery all() {
        return new OutcomeQuery(null, null, null, null, null, null, null, "", 0, 50);
    }

    /** Validated statements only: what public pages and dashboards count. */
    public static OutcomeQuery validated() {
        return all().withStatus(OutcomeStatement.VALIDATED);
    }

    public OutcomeQuery withStatus(String newStatus) {
        return new OutcomeQuery(newStatus, placeId, eventId, capability, level, changeType, networkId, text, page, size);
    }

    public OutcomeQuery withPlace(Long newPlaceId) {
        return new OutcomeQuery(status, newPlaceId, eventId, capability, level, changeType, networkId, text, page, size);
    }

    public OutcomeQuery withEvent(Long newEventId) {
        return new OutcomeQuery(status, placeId, newEventId, capability, level, changeType, networkId, text, page, size);
    }

    public OutcomeQuery withNetwork(Long newNetworkId) {
        return new OutcomeQuery(status, placeId, eventId, capability, level, changeType, newNetworkId, text, page, size);
    }

    public OutcomeQuery withCapability(String newCapability, String newLevel) {
        return new OutcomeQuery(status, placeId, eventId, newCapability, newLevel, changeType, networkId, text, page, size);
    }

    public OutcomeQuery withChangeType(String newChangeType) {
        return new OutcomeQuery(status, placeId, eventId, capability, level, newChangeType, networkId, text, page, size);
    }

    public OutcomeQuery withText(String newText) {
        return new OutcomeQuery(status, placeId, eventId, capability, level, changeType, networkId, newText, page, size);
    }

    public OutcomeQuery withPage(int newPage, int newSize) {
        return new OutcomeQuery(status, placeId, eventId, capability, level, changeType, networkId, text, newPage, newSize);
    }

    int offset() {
        return page * size;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
