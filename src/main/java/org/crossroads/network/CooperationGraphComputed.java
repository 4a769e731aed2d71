package org.crossroads.network;

/** A new cooperation graph snapshot is the latest: what is computed from it (the matching index) follows. */
public record CooperationGraphComputed(NetworkSnapshot snapshot) {}
