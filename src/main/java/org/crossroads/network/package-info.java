/**
 * Network analytics: the cooperation graph of cities, organisations and networks built from the public
 * records of the other modules (memberships, partnerships, initiatives, peer-learning events, validated
 * outcomes, peer ratings), per-city connectedness metrics, under-connected cities along migration routes,
 * hubs, brokers and gap countries; cities' needs and offers ({@code network.needs}); and peer matching
 * ({@code network.matching}), which suggests peers for a need, an offer or a city with each factor explained.
 * It reads the other modules through their public API and keeps the latest computed graph in memory,
 * recomputed in the background when their records change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network analytics and peer matching",
        allowedDependencies = {"shared", "shared::*", "accounts::api", "audit::api", "directory::api", "inventory::api", "learning::api", "data::api", "library::practices", "commitments::api"})
package org.crossroads.network;
