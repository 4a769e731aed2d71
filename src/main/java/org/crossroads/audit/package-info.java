/**
 * Audit trail: who changed what and when, with a snapshot of every version of a record, so that each
 * record's history can be browsed. Other modules call {@link org.crossroads.audit.AuditTrail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail",
        allowedDependencies = {"shared", "shared::*"})
package org.crossroads.audit;
