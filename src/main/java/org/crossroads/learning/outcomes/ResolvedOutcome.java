package org.crossroads.learning.outcomes;

import java.util.List;

/** A checked outcome draft with its references resolved to ids. */
record ResolvedOutcome(OutcomeDraft draft, Long placeId, List<Long> peerPlaceIds, Long inspiredByPlaceId,
        Long inspiredByInitiativeId, Long networkId, List<Long> eventIds, List<Tag> capabilities) {

    record Tag(long capabilityId, String level) {}
}
