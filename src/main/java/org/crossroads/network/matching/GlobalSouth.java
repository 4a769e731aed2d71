package org.crossroads.network.matching;

import com.ibm.icu.util.Region;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a country is in the global South, for South-South constraints: every country outside Europe, Northern
 * America, Australia and New Zealand, Japan, South Korea and Israel (the UN M49 grouping of developed regions,
 * read from ICU's region data). A rough line, stated in docs/network.md; an unknown code counts as not South.
 */
final class GlobalSouth {

    private static final Set<String> NORTH_REGIONS = Set.of("150", "021", "053");
    private static final Set<String> NORTH_COUNTRIES = Set.of("JP", "KR", "IL");

    private GlobalSouth() {}

    static boolean includes(String countryCode) {
        if (countryCode == null || countryCode.isBlank()) {
            return false;
        }
        String code = countryCode.strip().toUpperCase(Locale.ROOT);
        if (NORTH_COUNTRIES.contains(code)) {
            return false;
        }
        try {
            Region region = Region.getInstance(code);
            for (Region r = region.getContainingRegion(); r != null; r = r.getContainingRegion()) {
                if (NORTH_REGIONS.contains(r.toString())) {
                    return false;
                }
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
