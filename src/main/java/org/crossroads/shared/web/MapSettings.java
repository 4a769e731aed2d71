package org.crossroads.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The maps' base layer. By default the bundled Natural Earth country shapes, which need no network;
 * a tile server can be added for richer maps where one is reachable.
 *
 * @param tileUrl e.g. {@code https://tiles.example.org/{z}/{x}/{y}.png}; empty for none
 * @param tileAttribution credit line the tile server requires
 */
@ConfigurationProperties("crossroads.map")
public record MapSettings(String tileUrl, String tileAttribution) {
}
