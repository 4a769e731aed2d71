/**
 * Service points within cities: offices, desks and services for people on the move (kind, address, location,
 * opening, languages), edited by the city's editors, imported from GeoJSON, CSV or XLSX and shown on maps. Refers
 * to places of the directory by id; asks the data module who may edit a city's records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service points",
        allowedDependencies = {"shared", "shared::*", "accounts::api", "audit::api", "directory::api", "data::api"})
package org.crossroads.servicepoints;
