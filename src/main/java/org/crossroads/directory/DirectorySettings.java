package org.crossroads.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Directory settings.
 *
 * @param loadGazetteer load the GeoNames gazetteer at start when the place table holds none of it
 * @param gazetteerLocation where the gzip TSV gazetteer is (a Spring resource location)
 * @param pageSize results per page of the city and organisation lists
 */
@ConfigurationProperties("crossroads.directory")
public record DirectorySettings(Boolean loadGazetteer, String gazetteerLocation, Integer pageSize) {

    public DirectorySettings {
        if (loadGazetteer == null) {
            loadGazetteer = true;
        }
        if (gazetteerLocation == null || gazetteerLocation.isBlank()) {
            gazetteerLocation = "classpath:gazetteer/places.tsv.gz";
        }
        if (pageSize == null || pageSize < 1) {
            pageSize = 20;
        }
    }
}
