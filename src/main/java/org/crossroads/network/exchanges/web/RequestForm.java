package org.crossroads.network.exchanges.web;

import org.crossroads.network.exchanges.ExchangeDraft;

/** The request form: the two cities by id, the need or offer it is about, a theme, the activity wanted, a message. */
record RequestForm(Long requester, Long peer, Long need, Long offer, String theme, String activity, String message) {

    ExchangeDraft draft() {
        return new ExchangeDraft(requester, peer, need, offer, theme, activity, message);
    }
}
