package org.crossroads.network;

import java.util.List;

/**
 * A city with a role on a route whose connectedness is low for that role (docs/network.md, "Under-connected
 * score"), with the reasons in words and the figures they come from ({@link #city()}).
 *
 * @param roles its roles on the route
 * @param score need for ties: the role's weight × (1 − connectedness); listed from 0.5 up
 */
public record UnderConnectedCity(CityMetrics city, String route, List<String> roles, double score,
        List<Reason> reasons) {

    public UnderConnectedCity {
        roles = List.copyOf(roles);
        reasons = List.copyOf(reasons);
    }
}
