package org.crossroads.directory;

/**
 * What the directory records about a place changed (its roles or routes along migration routes, names,
 * or a local authority's details). Published by {@link PlaceEditing} in the change's transaction, for
 * what is worked out over places (the cooperation graph's route positions).
 */
@org.springframework.modulith.NamedInterface("api")
public record PlaceChanged(long placeId) {}
