package org.crossroads.network.internal;

import java.util.List;
import java.util.Map;

/**
 * The connectedness score and the under-connected score (docs/network.md). Connectedness is the mean of
 * four parts, each counted up to the level of a city that is well engaged in cooperation:
 * networks (up to 3), initiatives (up to 5), partner cities tied directly (up to 3) and peer-learning
 * events (up to 2). The under-connected score is the role's weight × (1 − connectedness).
 */
public final class Connectedness {

    public static final int NETWORKS = 3;
    public static final int INITIATIVES = 5;
    public static final int PARTNERS = 3;
    public static final int EVENTS = 2;
    /** A city is listed as under-connected from this score up; "well connected" is connectedness from this up. */
    public static final double THRESHOLD = 0.5;
    /**
     * Seed 001 (section 4.1) finds transit cities the least connected; the Bosch paper (section 3) that the
     * viewpoint of municipalities of origin and transit has not been taken into account: both weigh 1.
     * Destination cities are where the networks already are: 0.75, so a destination city is listed only
     * when its connectedness is at most 1/3.
     */
    static final Map<String, Double> ROLE_WEIGHTS = Map.of("transit", 1.0, "origin", 1.0, "destination", 0.75);

    private Connectedness() {
    }

    public static double of(int networks, int initiatives, int partners, int events) {
        return (part(networks, NETWORKS) + part(initiatives, INITIATIVES) + part(partners, PARTNERS) + part(events, EVENTS)) / 4;
    }

    private static double part(int count, int level) {
        return Math.min(count, level) / (double) level;
    }

    /** The highest weight among the roles (0 when none is known). */
    public static double roleWeight(List<String> roles) {
        return roles.stream().mapToDouble(r -> ROLE_WEIGHTS.getOrDefault(r, 0.0)).max().orElse(0);
    }

    public static double underConnected(List<String> roles, double connectedness) {
        return roleWeight(roles) * (1 - connectedness);
    }
}
