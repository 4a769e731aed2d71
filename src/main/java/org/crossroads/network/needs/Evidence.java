package org.crossroads.network.needs;

import java.util.List;

/**
 * What shows that a city has the expertise it offers, by id in the modules that own it: published initiatives
 * at the city (inventory), validated outcomes that happened in the city, that it inspired or took part in as a
 * peer (learning), and indicators the city has public data values for (data). Checked when an offer is saved.
 */
public record Evidence(List<Long> initiativeIds, List<Long> outcomeIds, List<Long> indicatorIds) {

    public static final Evidence NONE = new Evidence(List.of(), List.of(), List.of());

    public Evidence {
        initiativeIds = List.copyOf(initiativeIds);
        outcomeIds = List.copyOf(outcomeIds);
        indicatorIds = List.copyOf(indicatorIds);
    }

}
