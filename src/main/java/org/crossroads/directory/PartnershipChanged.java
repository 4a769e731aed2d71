package org.crossroads.directory;

/**
 * Two cities became partners, stopped being partners, or their partnership's period or topics changed.
 * Published by {@link PartnershipEditing} in the change's transaction, for what is worked out over all
 * partnerships (the cooperation graph of the network module).
 */
@org.springframework.modulith.NamedInterface("api")
public record PartnershipChanged(long placeA, long placeB) {}
