package org.crossroads.inventory;

/** Published after an initiative was created, changed, published or deleted (committed). */
@org.springframework.modulith.NamedInterface("api")
public record InitiativeChanged(long initiativeId) {
}
