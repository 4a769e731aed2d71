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
     * @param fromPlaceId the practice's city, which inspired the transfer
     * @param year the year of the transfer when the source gives it, else null
     */
    public record PublishedTransfer(long practiceId, String practiceTitle, long fromPlaceId, long toPlaceId,
            List<String> themes, Integer year) {

        public PublishedTransfer {
            themes = List.copyOf(themes);
        }
    }

    public List<PublishedTransfer> all() {
        return practices.publishedTransfers();
    }

    /** The transfers of practices of this city to others (the city inspired them). */
    public List<PublishedTransfer> from(long placeId) {
        return all().stream().filter(t -> t.fromPlaceId() == placeId).toList();
    }

    /** The transfers of other cities' practices to this one (it was inspired by them). */
    public List<PublishedTransfer> to(long placeId) {
        return all().stream().filter(t -> t.toPlaceId() == placeId).toList();
    }
}
