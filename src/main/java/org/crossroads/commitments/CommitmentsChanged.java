package org.crossroads.commitments;

/**
 * A framework, signature, pledge, status or uptake changed: search and peer matching read commitments again.
 *
 * @param record framework, signature, pledge or recommendation
 */
@org.springframework.modulith.NamedInterface("api")
public record CommitmentsChanged(String record, long id) {}
