package org.crossroads.servicepoints;

import java.util.List;
import org.crossroads.directory.Place;

/** A checked draft: stripped values, its city and operator found in the directory. */
record ResolvedServicePoint(String externalId, Place place, String name, String kind, String address, double latitude,
        double longitude, Long operatorId, List<String> languages, String openingHours, String phone, String website,
        String description, String source) {
}
