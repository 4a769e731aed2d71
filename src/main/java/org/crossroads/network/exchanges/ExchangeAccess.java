package org.crossroads.network.exchanges;

import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.data.DataAccess;
import org.springframework.stereotype.Component;

/**
 * Who asks, answers and sees exchanges, in the platform's one scope rule ({@link DataAccess}): a city's focal
 * points, the coordinators of the networks it is a member of (on its behalf) and administrators act for it.
 * The requesting city's side asks; the peer's side answers; either side arranges what an accepted exchange
 * becomes. Only the two sides see an exchange (it carries personal messages); for everyone else it does not exist.
 */
@Component
public class ExchangeAccess {

    private final DataAccess access;

    ExchangeAccess(DataAccess access) {
        this.access = access;
    }

    /** Whether the editor acts for any city at all (contributors do not). */
    public boolean mayRequestAtAll(Editor editor) {
        return access.mayImport(editor);
    }

    public boolean mayRequestFor(Editor editor, long requesterPlaceId) {
        return access.editablePlaces(editor).covers(requesterPlaceId);
    }

    public boolean mayAnswer(Editor editor, Exchange exchange) {
        return access.editablePlaces(editor).covers(exchange.peerPlaceId());
    }

    public boolean mayArrange(Editor editor, Exchange exchange) {
        var places = access.editablePlaces(editor);
        return places.covers(exchange.peerPlaceId()) || places.covers(exchange.requesterPlaceId());
    }

    /** The requesting side: it may send a new request after a redirection. */
    public boolean isRequesterSide(Editor editor, Exchange exchange) {
        return mayRequestFor(editor, exchange.requesterPlaceId());
    }

    /** The cities whose exchanges the editor sees and acts on (every city for administrators). */
    public org.crossroads.data.EditablePlaces scope(Editor editor) {
        return access.editablePlaces(editor);
    }

    public boolean maySee(Optional<Editor> reader, Exchange exchange) {
        return reader.map(e -> mayArrange(e, exchange)).orElse(false);
    }
}
