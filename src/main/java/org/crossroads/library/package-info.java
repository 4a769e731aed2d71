/**
 * The knowledge library: documents (knowledge products, learning reports, declarations and charters…) with their
 * metadata, links to the records of the other modules and their files with extracted text; and practices,
 * structured transferable lessons with the records of where they were transferred. It reads the other modules
 * through their public API (the initiatives' search through `inventory::search`) and owns the tables of its migration band (V60–V69, decision 0003).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge library and practices",
        allowedDependencies = {"shared", "shared::*", "accounts::api", "audit::api", "directory::api", "inventory::api", "inventory::search", "learning::api", "data::api"})
package org.crossroads.library;
