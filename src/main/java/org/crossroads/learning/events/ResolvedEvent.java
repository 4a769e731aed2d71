package org.crossroads.learning.events;

import java.util.List;

/** A checked draft with its references resolved to ids. */
record ResolvedEvent(String externalId, Long hostPlaceId, List<Long> organiserIds, EventDraft draft) {
}
