package org.crossroads.network.needs;

/**
 * A need or an offer was stated, changed or closed (after its transaction commits): what is computed from the
 * public statements (the matching index) follows.
 *
 * @param record {@code need_statement} or {@code offer_statement}
 */
public record NeedsAndOffersChanged(String record, long id) {}
