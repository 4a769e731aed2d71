package org.crossroads.network.exchanges;

/**
 * The peer's answer to a request.
 *
 * @param note a note on accepting (optional), the reason for declining (required) or a note on the other contact
 * @param redirectPlaceId when redirecting: another city by id, or null
 * @param redirectContact when redirecting: another contact in words (an organisation, a role), or null; a
 *     redirection names a city, a contact or both
 */
public record Answer(String note, Long redirectPlaceId, String redirectContact) {

    public static Answer note(String note) {
        return new Answer(note, null, null);
    }
}
