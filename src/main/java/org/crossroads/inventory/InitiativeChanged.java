package org.crossroads.inventory;

/** Published after an initiative was created, changed, published or deleted (committed). */
public record InitiativeChanged(long initiativeId) {
}
