/**
 * Commitments (issue 13; docs/commitments.md): the frameworks cities sign (declarations, charters, calls, pledging
 * processes), the signatures, the pledges with their status over time and the evidence of each change, and the
 * recommendations of reports and events with the register of who took them up. A record may be restricted to the
 * signatory's focal points and its networks' coordinators ({@link org.crossroads.commitments.CommitmentPermissions});
 * public statistics then count it without naming it, through the platform's one small-count rule. It reads the
 * directory, inventory, learning, data and library through their public API and owns the tables of its migration band
 * (V70–V79, decision 0003).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commitments: frameworks, pledges and recommendations",
        allowedDependencies = {"shared", "shared::*", "accounts::api", "audit::api", "directory::api", "inventory::api", "learning::api", "data::api", "library::api", "library::search-kinds"})
package org.crossroads.commitments;
