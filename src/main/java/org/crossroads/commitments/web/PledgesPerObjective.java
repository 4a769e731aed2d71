package org.crossroads.commitments.web;

import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.commitments.Pledges;
import org.crossroads.inventory.RecordsPerObjective;
import org.springframework.stereotype.Component;

/** Beside the inventory's GCM objective facet: how many pledges the reader may see serve each objective. */
@Component
class PledgesPerObjective implements RecordsPerObjective {

    private final Pledges pledges;

    PledgesPerObjective(Pledges pledges) {
        this.pledges = pledges;
    }

    @Override
    public String countKey() {
        return "commitments.facet.pledges";
    }

    @Override
    public Map<String, Long> countsByGcmObjective(Optional<Editor> reader) {
        return pledges.countsByGcmObjective(reader);
    }

    @Override
    public String href(String objective) {
        return "/pledges?gcm=" + objective;
    }
}
