package org.crossroads.inventory;

import java.util.List;

/** A valid draft with its references resolved to directory ids; what gets stored. */
record Resolved(InitiativeDraft draft, String externalId, List<Long> placeIds, List<String> countryCodes,
        List<Long> networkIds, List<Long> implementerIds, List<Long> partnerIds, List<Long> donorIds,
        String searchText) {
}
