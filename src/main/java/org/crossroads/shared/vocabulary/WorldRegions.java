package org.crossroads.shared.vocabulary;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The UN M49 subregion of a country ("015" Northern Africa, "145" Western Asia, "039" Southern Europe),
 * from ICU's region data, and its name in the reader's language.
 */
@Component
public class WorldRegions {

    // statistics look the region up once per delegate: remember it per country
    private final java.util.Map<String, Optional<String>> subregions = new java.util.concurrent.ConcurrentHashMap<>();

    /** @return the subregion code, or empty for an unknown country code */
    public Optional<String> subregionOf(String countryCode) {
        if (countryCode == null || countryCode.isBlank()) {
            return Optional.empty();
        }
        return subregions.computeIfAbsent(countryCode, WorldRegions::lookUp);
    }

    private static Optional<String> lookUp(String countryCode) {
        try {
            Region region = Region.getInstance(countryCode.strip().toUpperCase(Locale.ROOT));
            Region containing = region.getContainingRegion();
            return containing == null ? Optional.empty() : Optional.of(containing.toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String name(String regionCode, Locale locale) {
        return LocaleDisplayNames.getInstance(ULocale.forLocale(locale)).regionDisplayName(regionCode);
    }
}
