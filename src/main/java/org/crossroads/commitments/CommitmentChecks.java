package org.crossroads.commitments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.ShownText;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;

/**
 * Checks drafts field by field, names every problem at once ({@link InvalidEntryException}) and resolves their
 * references: frameworks and their articles, cities, organisations, vocabularies (GCM and GCR objectives, themes) and
 * evidence ({@link EvidenceChecks}).
 */
@Component
class CommitmentChecks {

    static final int TEXT_MAX = 5000;

    private final FrameworkStore frameworks;
    private final Organisations organisations;
    private final Vocabularies vocabularies;
    private final EvidenceChecks evidence;

    CommitmentChecks(FrameworkStore frameworks, Organisations organisations, Vocabularies vocabularies,
            EvidenceChecks evidence) {
        this.frameworks = frameworks;
        this.organisations = organisations;
        this.vocabularies = vocabularies;
        this.evidence = evidence;
    }

    /** The pledge a draft describes, with status and date as recorded (the history gets its first entry from them). */
    Pledge pledge(PledgeDraft d) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Framework> framework = framework(d.framework(), errors);
        List<Pledge.Party> parties = new ArrayList<>();
        for (String ref : d.cities()) {
            evidence.place(ref).ifPresentOrElse(p -> addParty(parties, Pledge.Party.place(p.id())),
                    () -> errors.add(FieldError.of("cities", "commitments.error.unknownCity", ref)));
        }
        for (String ref : d.organisations()) {
            organisation(ref).ifPresentOrElse(o -> addParty(parties, Pledge.Party.organisation(o.id())),
                    () -> errors.add(FieldError.of("organisations", "commitments.error.unknownOrganisation", ref)));
        }
        if (d.cities().isEmpty() && d.organisations().isEmpty()) {
            errors.add(FieldError.of("cities", "commitments.error.noParty"));
        }
        String language = language(d.language(), errors);
        String text = required(d.text(), "text", TEXT_MAX, errors);
        List<Integer> articles = new ArrayList<>();
        for (String a : d.articles()) {
            if (!a.matches("\\d{1,3}") || framework.isEmpty() || framework.get().article(Integer.parseInt(a)).isEmpty()) {
                errors.add(FieldError.of("articles", "commitments.error.unknownArticle", a));
            } else if (!articles.contains(Integer.parseInt(a))) {
                articles.add(Integer.parseInt(a));
            }
        }
        List<String> gcm = codes(Vocabularies.GCM_OBJECTIVE, d.gcmObjectives(), "gcm_objectives", errors);
        List<String> gcr = codes(Vocabularies.GCR_OBJECTIVE, d.gcrObjectives(), "gcr_objectives", errors);
        List<String> themes = codes(Vocabularies.THEME, d.themes(), "themes", errors);
        PartialDate target = optionalDate(d.target(), "target", errors);
        String office = optional(d.responsibleOffice(), "responsible_office", 300, errors);
        String email = optional(d.contactEmail(), "contact_email", 254, errors);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(FieldError.of("contact_email", "commitments.error.badEmail", email));
        }
        PledgeStatus status = status(d.status(), "status", errors);
        PartialDate statusOn = requiredDate(d.statusOn(), "status_on", errors);
        Map<String, Map<String, String>> translations = translations(d.translations(), language, "text", errors);
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        return new Pledge(0, blankToNull(d.externalId()), framework.map(Framework::id).orElse(null), language, text,
                translations, parties, articles, gcm, gcr, themes, target, office, email, status,
                statusOn.date(), d.restricted(), d.sources(), null, 0);
    }

    /** The status change a draft describes; the date of the first status of the pledge is {@code since}. */
    StatusChange status(StatusDraft d, LocalDate since) {
        List<FieldError> errors = new ArrayList<>();
        PledgeStatus status = status(d.status(), "status", errors);
        PartialDate on = requiredDate(d.on(), "on", errors);
        if (on != null && on.date().isAfter(LocalDate.now())) {
            errors.add(FieldError.of("on", "commitments.error.future", d.on()));
        }
        if (on != null && since != null && on.lastDay().isBefore(since)) {
            errors.add(FieldError.of("on", "commitments.error.beforePledge", d.on(), since.toString()));
        }
        String language = language(d.language(), errors);
        String note = optional(d.note(), "note", TEXT_MAX, errors);
        Map<String, Map<String, String>> translations = translations(d.translations(), language, "note", errors);
        List<Evidence> found = evidence.check(d.evidence(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        return new StatusChange(0, 0, status, on, language, note, translations, d.source(), found, null, null, null);
    }

    Signature signature(SignatureDraft d) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Framework> framework = framework(d.framework(), errors);
        if (framework.isEmpty() && errors.isEmpty()) {
            errors.add(FieldError.of("framework", "commitments.error.required"));
        }
        Long placeId = null;
        Long organisationId = null;
        if (!blank(d.city())) {
            placeId = evidence.place(d.city().strip()).map(Place::id).orElse(null);
            if (placeId == null) {
                errors.add(FieldError.of("city", "commitments.error.unknownCity", d.city().strip()));
            }
        }
        if (!blank(d.organisation())) {
            organisationId = organisation(d.organisation().strip()).map(Organisation::id).orElse(null);
            if (organisationId == null) {
                errors.add(FieldError.of("organisation", "commitments.error.unknownOrganisation", d.organisation().strip()));
            }
        }
        if (blank(d.city()) && blank(d.organisation())) {
            errors.add(FieldError.of("city", "commitments.error.noParty"));
        }
        String kind = blank(d.kind()) ? "signed" : d.kind().strip();
        if (!Signature.KINDS.contains(kind)) {
            errors.add(FieldError.of("kind", "commitments.error.unknownCode", kind));
        }
        PartialDate signed = optionalDate(d.signed(), "signed", errors);
        String office = optional(d.office(), "office", 300, errors);
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        return new Signature(0, framework.orElseThrow().id(), placeId, organisationId, kind, d.onBehalfOfMembers(),
                signed, office, d.source(), d.restricted(), null, 0);
    }

    Uptake uptake(long recommendationId, UptakeDraft d) {
        List<FieldError> errors = new ArrayList<>();
        Long placeId = null;
        Long organisationId = null;
        if (!blank(d.city())) {
            placeId = evidence.place(d.city().strip()).map(Place::id).orElse(null);
            if (placeId == null) {
                errors.add(FieldError.of("city", "commitments.error.unknownCity", d.city().strip()));
            }
        }
        if (!blank(d.organisation())) {
            organisationId = organisation(d.organisation().strip()).map(Organisation::id).orElse(null);
            if (organisationId == null) {
                errors.add(FieldError.of("organisation", "commitments.error.unknownOrganisation", d.organisation().strip()));
            }
        }
        String actor = optional(d.actorName(), "actor_name", 300, errors);
        if (blank(d.city()) && blank(d.organisation()) && actor == null) {
            errors.add(FieldError.of("city", "commitments.error.noActor"));
        }
        PartialDate taken = requiredDate(d.taken(), "taken", errors);
        if (taken != null && taken.date().isAfter(LocalDate.now())) {
            errors.add(FieldError.of("taken", "commitments.error.future", d.taken()));
        }
        String language = language(d.language(), errors);
        String how = required(d.how(), "how", TEXT_MAX, errors);
        Map<String, Map<String, String>> translations = translations(d.translations(), language, "how", errors);
        List<Evidence> found = evidence.check(d.evidence(), errors);
        if (d.restricted() && placeId == null && organisationId == null) {
            // no focal point or coordinator could ever see it: only its recorder and administrators would
            errors.add(FieldError.of("restricted", "commitments.error.restrictedWithoutParty"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        return new Uptake(0, recommendationId, placeId, organisationId, actor, taken, language, how, translations,
                d.restricted(), d.source(), found, null, 0);
    }

    /** The framework a draft describes (articles numbered from 1, as written in the source language). */
    Framework framework(FrameworkDraft d, long id, List<Long> cycleIds, List<Framework.StatedCount> stated, int version) {
        List<FieldError> errors = new ArrayList<>();
        String kind = blank(d.kind()) ? null : d.kind().strip();
        if (kind == null || !Framework.KINDS.contains(kind)) {
            errors.add(FieldError.of("kind", kind == null ? "commitments.error.required" : "commitments.error.unknownCode",
                    kind == null ? "" : kind));
        }
        String language = language(d.language(), errors);
        String title = required(d.title(), "title", 300, errors);
        String summary = optional(d.summary(), "summary", TEXT_MAX, errors);
        Map<String, Map<String, String>> translations = merge(translations(d.translations(), language, "title", errors),
                translations(d.translations(), language, "summary", errors));
        PartialDate adopted = optionalDate(d.adopted(), "adopted", errors);
        Long convener = null;
        if (!blank(d.convener())) {
            convener = organisation(d.convener().strip()).map(Organisation::id).orElse(null);
            if (convener == null) {
                errors.add(FieldError.of("convener", "commitments.error.unknownOrganisation", d.convener().strip()));
            }
        }
        String convenerName = optional(d.convenerName(), "convener_name", 300, errors);
        Long document = null;
        if (!blank(d.document())) {
            document = evidence.document(d.document().strip()).orElse(null);
            if (document == null) {
                errors.add(FieldError.of("document", "commitments.error.unknownDocument", d.document().strip()));
            }
        }
        String label = blank(d.articlesLabel()) ? "article" : d.articlesLabel().strip();
        if (!Framework.ARTICLE_LABELS.contains(label)) {
            errors.add(FieldError.of("articles_label", "commitments.error.unknownCode", label));
        }
        List<Framework.Article> articles = new ArrayList<>();
        for (String a : d.articles()) {
            if (a.length() > TEXT_MAX) {
                errors.add(FieldError.of("articles", "commitments.error.tooLong", TEXT_MAX));
            }
            articles.add(new Framework.Article(articles.size() + 1, language, a, Map.of(), null));
        }
        if (articles.size() > 999) {
            errors.add(FieldError.of("articles", "commitments.error.tooMany", 999));
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        return new Framework(id, null, kind, language, title, summary, translations, adopted, convener, convenerName,
                document, label, articles, stated, cycleIds, d.source() == null ? List.of() : List.of(d.source()), version);
    }

    /** The recommendation a draft describes. */
    Recommendation recommendation(RecommendationDraft d, long id, int version) {
        List<FieldError> errors = new ArrayList<>();
        Long document = null;
        if (!blank(d.document())) {
            document = evidence.document(d.document().strip()).orElse(null);
            if (document == null) {
                errors.add(FieldError.of("document", "commitments.error.unknownDocument", d.document().strip()));
            }
        }
        Long event = null;
        if (!blank(d.event())) {
            event = evidence.event(d.event().strip()).orElse(null);
            if (event == null) {
                errors.add(FieldError.of("event", "commitments.error.unknownEvent", d.event().strip()));
            }
        }
        if (blank(d.document()) && blank(d.event())) {
            errors.add(FieldError.of("document", "commitments.error.noOrigin"));
        }
        String section = optional(d.section(), "section", 300, errors);
        Integer number = null;
        if (!blank(d.number())) {
            if (d.number().strip().matches("\\d{1,4}") && Integer.parseInt(d.number().strip()) > 0) {
                number = Integer.parseInt(d.number().strip());
            } else {
                errors.add(FieldError.of("number", "commitments.error.badNumber", d.number().strip()));
            }
        }
        String language = language(d.language(), errors);
        String text = required(d.text(), "text", TEXT_MAX, errors);
        Map<String, Map<String, String>> translations = translations(d.translations(), language, "text", errors);
        List<String> addressees = new ArrayList<>();
        for (String a : d.addressees()) {
            if (!Recommendation.ADDRESSEES.contains(a)) {
                errors.add(FieldError.of("addressees", "commitments.error.unknownCode", a));
            } else if (!addressees.contains(a)) {
                addressees.add(a);
            }
        }
        if (d.addressees().isEmpty()) {
            errors.add(FieldError.of("addressees", "commitments.error.required"));
        }
        List<String> themes = codes(Vocabularies.THEME, d.themes(), "themes", errors);
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        return new Recommendation(id, null, document, event, section, number, language, text, translations, addressees,
                themes, d.source(), 0, version);
    }

    private static Map<String, Map<String, String>> merge(Map<String, Map<String, String>> a,
            Map<String, Map<String, String>> b) {
        Map<String, Map<String, String>> merged = new LinkedHashMap<>();
        a.forEach((l, m) -> merged.computeIfAbsent(l, k -> new LinkedHashMap<>()).putAll(m));
        b.forEach((l, m) -> merged.computeIfAbsent(l, k -> new LinkedHashMap<>()).putAll(m));
        return merged;
    }

    Optional<Framework> framework(String ref, List<FieldError> errors) {
        if (blank(ref)) {
            return Optional.empty();
        }
        String r = ref.strip();
        Optional<Long> id = r.matches("\\d{1,18}") ? Optional.of(Long.parseLong(r)) : frameworks.idOf(r);
        Optional<Framework> found = id.flatMap(frameworks::find);
        if (found.isEmpty()) {
            errors.add(FieldError.of("framework", "commitments.error.unknownFramework", r));
        }
        return found;
    }

    Optional<Organisation> organisation(String ref) {
        return (ref.matches("\\d{1,18}") ? organisations.find(Long.parseLong(ref)) : organisations.resolve(ref))
                .filter(o -> "published".equals(o.publication()));
    }

    private List<String> codes(String vocabulary, List<String> given, String field, List<FieldError> errors) {
        List<String> codes = new ArrayList<>();
        for (String code : given) {
            if (!vocabularies.contains(vocabulary, code)) {
                errors.add(FieldError.of(field, "commitments.error.unknownCode", code));
            } else if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static PledgeStatus status(String code, String field, List<FieldError> errors) {
        if (!PledgeStatus.isCode(code)) {
            errors.add(blank(code) ? FieldError.of(field, "commitments.error.required")
                    : FieldError.of(field, "commitments.error.unknownCode", code));
            return null;
        }
        return PledgeStatus.of(code);
    }

    private static String language(String language, List<FieldError> errors) {
        String l = blank(language) ? "en" : language.strip();
        if (!ShownText.LANGUAGES.contains(l)) {
            errors.add(FieldError.of("language", "commitments.error.unknownCode", l));
        }
        return l;
    }

    /** Translations of one field into the other interface languages; blank ones are dropped. */
    private static Map<String, Map<String, String>> translations(Map<String, Map<String, String>> given, String language,
            String field, List<FieldError> errors) {
        Map<String, Map<String, String>> kept = new LinkedHashMap<>();
        for (String l : ShownText.LANGUAGES) {
            String t = given.getOrDefault(l, Map.of()).get(field);
            if (l.equals(language) || blank(t)) {
                continue;
            }
            if (t.strip().length() > TEXT_MAX) {
                errors.add(FieldError.of("translation[" + l + "." + field + "]", "commitments.error.tooLong", TEXT_MAX));
            }
            kept.put(l, Map.of(field, t.strip()));
        }
        return kept;
    }

    static PartialDate requiredDate(String text, String field, List<FieldError> errors) {
        if (blank(text)) {
            errors.add(FieldError.of(field, "commitments.error.required"));
            return null;
        }
        return optionalDate(text, field, errors);
    }

    static PartialDate optionalDate(String text, String field, List<FieldError> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            PartialDate d = PartialDate.parse(text);
            if (d.date().getYear() < 1900 || d.date().getYear() > 2100) {
                errors.add(FieldError.of(field, "commitments.error.badDate", text.strip()));
                return null;
            }
            return d;
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, "commitments.error.badDate", text.strip()));
            return null;
        }
    }

    static String required(String text, String field, int max, List<FieldError> errors) {
        if (blank(text)) {
            errors.add(FieldError.of(field, "commitments.error.required"));
            return null;
        }
        return optional(text, field, max, errors);
    }

    static String optional(String text, String field, int max, List<FieldError> errors) {
        if (blank(text)) {
            return null;
        }
        String t = text.strip();
        if (t.length() > max) {
            errors.add(FieldError.of(field, "commitments.error.tooLong", max));
        }
        return t;
    }

    private static void addParty(List<Pledge.Party> parties, Pledge.Party party) {
        if (!parties.contains(party)) {
            parties.add(party);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
