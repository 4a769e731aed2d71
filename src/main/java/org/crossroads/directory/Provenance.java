package org.crossroads.directory;

import java.time.OffsetDateTime;

/** Where a record comes from and who entered and last changed it. */
public record Provenance(String source, String createdBy, OffsetDateTime createdAt, String updatedBy,
        OffsetDateTime updatedAt) {
}
