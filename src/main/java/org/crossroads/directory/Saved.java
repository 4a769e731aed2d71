package org.crossroads.directory;

/** What an upsert did: the record's id and whether it was created (else updated). */
@org.springframework.modulith.NamedInterface("api")
public record Saved(long id, boolean created) {
}
