package org.crossroads.directory;

/**
 * A city joined an organisation, left it, or the period or source of its membership changed. Published by
 * {@link MembershipEditing} in the change's transaction, for what is worked out over an organisation's
 * members (a network's dashboard).
 */
@org.springframework.modulith.NamedInterface("api")
public record MembershipChanged(long organisationId, long placeId) {}
