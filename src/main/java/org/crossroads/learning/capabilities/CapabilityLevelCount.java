package org.crossroads.learning.capabilities;

/** How many outcome statements name a capability at a level (individual, institutional or collective). */
public record CapabilityLevelCount(long capabilityId, String capability, String level, long count) {
}
