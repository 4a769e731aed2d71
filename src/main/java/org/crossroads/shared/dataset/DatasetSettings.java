package org.crossroads.shared.dataset;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The built-in dataset, loaded at first start through the same import path users have.
 *
 * @param load load it when the platform holds no initiative yet
 * @param location folder with organisations.csv, places.csv, memberships.csv, partnerships.csv, initiatives.csv
 */
@ConfigurationProperties("crossroads.dataset")
public record DatasetSettings(Boolean load, String location) {

    public DatasetSettings {
        load = load == null || load;
        location = location == null || location.isBlank() ? "classpath:dataset/" : location;
    }
}
