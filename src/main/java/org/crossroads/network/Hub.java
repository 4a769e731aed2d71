package org.crossroads.network;

/**
 * A city that holds the network together, and what its leaving would do to the city graph.
 *
 * @param componentsWithout connected components of the city graph (cities with at least one tie) without it
 * @param reachablePairsWithout pairs of cities that can still reach each other without it
 */
public record Hub(CityMetrics city, int componentsWithout, long reachablePairsWithout) {}
