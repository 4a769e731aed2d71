package org.crossroads.learning.participants;

/**
 * A person registered for an event, with the city, position and gender they had then (kept so that
 * statistics survive the person's erasure) and whether they attended (null: not recorded yet).
 */
public record Registration(long id, long eventId, long participantId, Long placeId, String position, String gender,
        Boolean attended) {

    /** Counted as a delegate unless recorded absent. */
    public boolean counts() {
        return !Boolean.FALSE.equals(attended);
    }
}
