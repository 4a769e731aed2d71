/**
 * Local migration data: the indicator catalogue with reusable dimensions, data values with provenance,
 * quality and confidentiality, imports and exports, analytics with small-cell suppression, and city
 * migration profiles. Refers to places of the directory by id. Self-assessment indexes and service points,
 * once part of it, are modules of their own ({@code indexes}, {@code servicepoints}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data",
        allowedDependencies = {"shared", "shared::*", "accounts::api", "audit::api", "directory::api", "inventory::api"})
package org.crossroads.data;
