/**
 * Peer learning with monitoring, evaluation and learning: events and their learning objectives,
 * participants and their attendance across events, feedback and follow-up surveys through personal
 * links, capability self-assessments, outcome harvesting and mutual accountability, with dashboards
 * and reports. Refers to places and organisations of the directory by id; participants' personal data
 * never leave this module except through its access-checked, audited paths.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learning",
        allowedDependencies = {"shared", "shared::*", "accounts::api", "audit::api", "directory::api", "inventory::api"})
package org.crossroads.learning;
