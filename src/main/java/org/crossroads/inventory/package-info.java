/**
 * The live inventory of who does what where: initiatives with their activity types, themes, places,
 * implementers, partners, donors, periods and alignment tags; faceted search, the public map, exports
 * and imports. Refers to places and organisations of the directory by id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inventory",
        allowedDependencies = {"shared", "shared::*", "accounts::api", "audit::api", "directory::api"})
package org.crossroads.inventory;
