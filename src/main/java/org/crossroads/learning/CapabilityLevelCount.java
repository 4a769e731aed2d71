package org.crossroads.learning;

/** How many outcome statements name a capability at a level (individual, institutional or collective). */
public record CapabilityLevelCount(long capabilityId, String capability, String level, long count) {
}
