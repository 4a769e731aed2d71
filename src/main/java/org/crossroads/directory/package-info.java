/**
 * The directory: places (a GeoNames gazetteer of ~140,000 cities plus local authorities added by
 * hand, with their size class, roles and routes along migration routes), organisations, memberships
 * of organisations in cities, and city-to-city partnerships. Other modules use {@link
 * org.crossroads.directory.Places} and {@link org.crossroads.directory.Organisations}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory",
        allowedDependencies = {"shared", "shared::*", "accounts::api", "audit::api"})
package org.crossroads.directory;
