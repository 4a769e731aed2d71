package org.crossroads.commitments;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.crossroads.shared.vocabulary.ShownText;

/**
 * What one city (or several together, with organisations) committed to, under a framework or on its own, with the
 * articles and the GCM and GCR objectives it serves, and where it stands now ({@code status} since {@code statusOn};
 * the whole history is {@link StatusChange}).
 *
 * @param translations language → {@code text} → text
 * @param contactEmail the responsible office's address for reporting rounds; never shown publicly
 * @param restricted seen only by its parties' focal points, their networks' coordinators and administrators
 */
@org.springframework.modulith.NamedInterface("api")
public record Pledge(long id, String externalId, Long frameworkId, String language, String text,
        Map<String, Map<String, String>> translations, List<Party> parties, List<Integer> articles,
        List<String> gcmObjectives, List<String> gcrObjectives, List<String> themes, PartialDate target,
        String responsibleOffice, String contactEmail, PledgeStatus status, java.time.LocalDate statusOn,
        boolean restricted, List<Source> sources, String createdBy, int version) {

    public Pledge {
        translations = Map.copyOf(translations);
        parties = List.copyOf(parties);
        articles = List.copyOf(articles);
        gcmObjectives = List.copyOf(gcmObjectives);
        gcrObjectives = List.copyOf(gcrObjectives);
        themes = List.copyOf(themes);
        sources = List.copyOf(sources);
    }

    /** A party to the pledge: a place or an organisation. */
    public record Party(Long placeId, Long organisationId) {

        public Party {
            if ((placeId == null) == (organisationId == null)) {
                throw new IllegalArgumentException("a party is a place or an organisation");
            }
        }

        public static Party place(long id) {
            return new Party(id, null);
        }

        public static Party organisation(long id) {
            return new Party(null, id);
        }
    }

    public ShownText text(Locale reader) {
        return ShownText.of(text, language, translations, "text", reader);
    }

    public List<Long> placeIds() {
        return parties.stream().map(Party::placeId).filter(Objects::nonNull).toList();
    }

    public List<Long> organisationIds() {
        return parties.stream().map(Party::organisationId).filter(Objects::nonNull).toList();
    }

    public boolean isJoint() {
        return parties.size() > 1;
    }
}
