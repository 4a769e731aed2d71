package org.crossroads.library.practices;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Where published practices were transferred: city B adapted city A's practice. Public (every transfer of a published
 * practice is public), for the "inspired by" credit on city pages and for other modules' ties and peer matching.
 */
@Service
public class PracticeTransfers {

    private final Practices practices;

    PracticeTransfers(Practices practices) {
        this.practices = practices;
    }

    /**
     * One transfer of a published practice.
     *
     * @param fromPlaceId the practice's city, which inspired the transfer; null for a practice of a region or a
     *     country, which inspired no city (its adapting city shows the transfer, no city gets the credit)
     * @param fromCountries the practice's countries (ISO 3166-1 alpha-2), where a regional practice comes from
     * @param year the year of the transfer when the source gives it, else null
     */
    public record PublishedTransfer(long practiceId, String practiceTitle, Long fromPlaceId, List<String> fromCountries,
            long toPlaceId, List<String> themes, Integer year) {

        public PublishedTransfer {
            fromCountries = List.copyOf(fromCountries);
            themes = List.copyOf(themes);
        }

        /** Whether a city inspired the transfer (a practice of a region or a country has none). */
        public boolean fromCity() {
            return fromPlaceId != null;
        }
    }

    public List<PublishedTransfer> all() {
        return practices.publishedTransfers();
    }

    /** The transfers of practices of this city to others (the city inspired them). */
    public List<PublishedTransfer> from(long placeId) {
        return all().stream().filter(t -> t.fromCity() && t.fromPlaceId() == placeId).toList();
    }

    /** The transfers of other cities' practices to this one (it was inspired by them). */
    public List<PublishedTransfer> to(long placeId) {
        return all().stream().filter(t -> t.toPlaceId() == placeId).toList();
    }
}
