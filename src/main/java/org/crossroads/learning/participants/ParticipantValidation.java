package org.crossroads.learning.participants;

import org.crossroads.learning.LearningVocabularies;
import org.crossroads.learning.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;

/** Checks a participant draft: a name, a plausible email, known codes, and consent to take part. */
@Component
class ParticipantValidation {

    static final Set<String> CONSENT_PURPOSES = Set.of("participation", "surveys", "contact_by_peers", "photos");
    static final Set<String> LANGUAGES = Set.of("en", "fr", "ar", "es");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Places places;
    private final Organisations organisations;
    private final Vocabularies vocabularies;

    ParticipantValidation(Places places, Organisations organisations, Vocabularies vocabularies) {
        this.places = places;
        this.organisations = organisations;
        this.vocabularies = vocabularies;
    }

    ResolvedParticipant check(ParticipantDraft d) {
        List<FieldError> errors = new ArrayList<>();
        Texts.check(errors, "full_name", d.fullName(), true, 200);
        Texts.check(errors, "expertise", d.expertise(), false, 300);
        Texts.check(errors, "gender_description", d.genderDescription(), false, 100);
        if (d.email() != null && !d.email().isBlank()
                && (d.email().strip().length() > 320 || !EMAIL.matcher(d.email().strip()).matches())) {
            errors.add(FieldError.of("email", "learning.error.email", d.email().strip()));
        }
        code(errors, "position", LearningVocabularies.POSITION, d.position());
        code(errors, "gender", LearningVocabularies.GENDER, d.gender());
        if (d.language() != null && !d.language().isBlank() && !LANGUAGES.contains(d.language())) {
            errors.add(FieldError.of("language", "learning.error.unknownValue", d.language()));
        }
        d.consents().stream().filter(c -> !CONSENT_PURPOSES.contains(c))
                .forEach(c -> errors.add(FieldError.of("consents", "learning.error.unknownValue", c)));
        if (!d.consents().contains("participation")) {
            errors.add(FieldError.of("consents", "learning.error.consentRequired"));
        }
        Long placeId = null;
        if (d.city() != null && !d.city().isBlank()) {
            placeId = places.resolve(d.city()).map(p -> p.id()).orElse(null);
            if (placeId == null) {
                errors.add(FieldError.of("city", "learning.error.unknownPlace", d.city()));
            }
        }
        Long organisationId = null;
        if (d.organisation() != null && !d.organisation().isBlank()) {
            organisationId = organisations.resolve(d.organisation()).map(o -> o.id()).orElse(null);
            if (organisationId == null) {
                errors.add(FieldError.of("organisation", "learning.error.unknownOrganisation", d.organisation()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        return new ResolvedParticipant(d, placeId, organisationId);
    }

    private void code(List<FieldError> errors, String field, String vocabulary, String value) {
        if (value != null && !value.isBlank() && !vocabularies.contains(vocabulary, value)) {
            errors.add(FieldError.of(field, "learning.error.unknownValue", value));
        }
    }
}
