/**
 * Self-assessment indexes: a network's questionnaire-based index (dimensions, weighted questions, scoring), its
 * versions (a published version is frozen), cities' answers with evidence, scores, history and benchmarks against
 * peers. Refers to places and organisations of the directory by id; uses no data class.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Self-assessment indexes",
        allowedDependencies = {"shared", "shared::*", "accounts::api", "audit::api", "directory::api"})
package org.crossroads.indexes;
