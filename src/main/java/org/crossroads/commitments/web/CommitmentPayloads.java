package org.crossroads.commitments.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.commitments.Framework;
import org.crossroads.commitments.ReviewCycle;
import org.crossroads.commitments.Source;
import org.crossroads.commitments.StatusFigures;
import org.crossroads.shared.statistics.SmallCellSuppression;
import org.crossroads.shared.vocabulary.ShownText;

/**
 * What the commitments API answers: records made for the API, never the module's own records, so that what the API
 * promises does not change with them (a pledge's contact address, for one, is never in it).
 */
final class CommitmentPayloads {

    private CommitmentPayloads() {
    }

    @Schema(description = "A text as it was written, with its language and its translations, and as this reader sees it: "
            + "in the language of lang or Accept-Language when someone translated it, else as written")
    record Text(@Schema(description = "the text as written") String original,
            @Schema(description = "ISO 639-1 code of the language it was written in", example = "fr") String language,
            @Schema(description = "language → translation") Map<String, String> translations,
            @Schema(description = "what this reader is shown") String shown,
            @Schema(description = "the language of shown", example = "en") String shownLanguage,
            @Schema(description = "shown is a translation, not the text as written") boolean translated) {

        /** The field as read from a record's text, language and translations; null when it has no text. */
        static Text of(String text, String language, Map<String, Map<String, String>> translations, String field,
                Locale reader) {
            ShownText shown = ShownText.of(text, language, translations, field, reader);
            if (shown == null) {
                return null;
            }
            Map<String, String> byLanguage = new java.util.TreeMap<>();
            translations.forEach((l, fields) -> {
                String t = fields.get(field);
                if (t != null && !t.isBlank()) {
                    byLanguage.put(l, t);
                }
            });
            return new Text(text, shown.original(), byLanguage, shown.text(), shown.language(), shown.translated());
        }
    }

    @Schema(description = "A city (cityId) or an organisation (organisationId) of the directory, with its name")
    record Party(@Schema(nullable = true) Long cityId, @Schema(nullable = true) Long organisationId, String name,
            @Schema(description = "ISO 3166-1 alpha-2 code of a city's country", nullable = true, example = "MA")
            String countryCode) {}

    @Schema(description = "A figure as this reader may see it: value is null when it is protected, and hidden says why "
            + "(small: a count from 1 to below the threshold; complementary: hidden so that another one cannot be worked "
            + "out; derived: it holds a hidden one); administrators see every figure")
    record Figure(@Schema(nullable = true) Long value,
            @Schema(nullable = true, allowableValues = {"small", "complementary", "derived", "withheld"}) String hidden) {

        static Figure of(StatusFigures.Figure f) {
            return new Figure(f.orNull(), f.why() == null ? null : why(f.why()));
        }

        private static String why(SmallCellSuppression.Why why) {
            return why.name().toLowerCase(Locale.ROOT);
        }
    }

    @Schema(description = "Pledges with one status: all of them, the ones named (public), and the restricted ones "
            + "counted without being named")
    record StatusRow(@Schema(example = "in_progress") String status, Figure all, long named, Figure unnamed) {}

    @Schema(description = "Pledges by status, restricted ones counted but not named through the small-count rule")
    record StatusCounts(List<StatusRow> byStatus, Figure total, Figure unnamedTotal) {

        static StatusCounts of(StatusFigures f) {
            return new StatusCounts(f.rows().stream().map(r -> new StatusRow(r.status().code(), Figure.of(r.all()),
                    r.named(), Figure.of(r.unnamed()))).toList(), Figure.of(f.total()), Figure.of(f.restrictedTotal()));
        }
    }

    @Schema(description = "A review pledges are reported to")
    record Cycle(long id, String externalId, @Schema(allowableValues = {"IMRF", "GRF", "GFMD", "other"}) String process,
            Text name, LocalDate heldFrom, @Schema(nullable = true) LocalDate heldTo) {

        static Cycle of(ReviewCycle c, Locale reader) {
            return new Cycle(c.id(), c.externalId(), c.process(),
                    Text.of(c.name(), c.language(), c.translations(), "name", reader), c.heldFrom(), c.heldTo());
        }
    }

    @Schema(description = "A number of signatories or commitments a source gives without names")
    record StatedCount(int count, @Schema(allowableValues = {"over", "exactly", "about"}) String qualifier,
            @Schema(description = "what was counted, in the source's words") String what, Source source) {

        static StatedCount of(Framework.StatedCount s) {
            return new StatedCount(s.count(), s.qualifier(), s.what(), s.source());
        }
    }

    @Schema(description = "A framework as listed: a declaration, charter, call, pledging process or campaign")
    record FrameworkSummary(long id, String externalId,
            @Schema(allowableValues = {"declaration", "charter", "call", "pledging_process", "campaign"}) String kind,
            Text title,
            @Schema(description = "when adopted: a year, a month or a day (2018, 2018-12, 2018-12-08)", nullable = true)
            String adopted,
            @Schema(description = "the convening organisation (organisationId when the directory holds it)", nullable = true)
            Party convener,
            @Schema(description = "id of its text in the library (/api/documents/{id}) when the reader may see it",
                    nullable = true) Long documentId,
            @Schema(description = "signatories this reader sees named") int signatories,
            @Schema(description = "counts sources give without names") List<StatedCount> stated,
            @Schema(description = "the reviews it reports to") List<Cycle> cycles) {}

    @Schema(description = "One numbered part of a framework's text")
    record Article(int number, Text text) {}

    @Schema(description = "A city or an organisation that signed, endorsed or adopted a framework, or that a source names "
            + "among those connected to it")
    record SignaturePayload(long id, long frameworkId, Party party,
            @Schema(allowableValues = {"signed", "endorsed", "adopted", "connected"}) String kind,
            boolean onBehalfOfMembers, @Schema(nullable = true) String signed, @Schema(nullable = true) String office,
            @Schema(description = "seen only by its parties' focal points, their networks' coordinators and "
                    + "administrators") boolean restricted, @Schema(nullable = true) Source source) {}

    @Schema(description = "A framework with its articles, reviews, the signatures the reader may see and its pledges by "
            + "status")
    record FrameworkPayload(FrameworkSummary framework, @Schema(nullable = true) Text summary,
            @Schema(allowableValues = {"article", "principle", "pledge", "priority", "commitment"}) String articlesLabel,
            List<Article> articles, List<SignaturePayload> signatures,
            @Schema(description = "signatories not named to this reader (restricted ones), protected when small")
            Figure unnamedSignatories, StatusCounts pledges, List<Source> sources) {}

    @Schema(description = "A piece of evidence as this reader may see it: a record named and linked as its module "
            + "shows it (\"no longer available\" when it is not), a data value protected as on the data pages, or a "
            + "web address")
    record EvidencePayload(@Schema(allowableValues = {"initiative", "outcome", "document", "data_value", "web"}) String kind,
            String name, @Schema(nullable = true) String href) {}

    @Schema(description = "A status a pledge had from a date, with a note and its evidence")
    record StatusChangePayload(@Schema(example = "fulfilled") String status,
            @Schema(description = "a year, a month or a day", example = "2023-06") String on,
            @Schema(nullable = true) Text note, List<EvidencePayload> evidence, @Schema(nullable = true) Source source,
            @Schema(description = "reported by a city through its link in a reporting round") boolean reportedInRound) {}

    @Schema(description = "What one city, or several together, committed to, and where it stands")
    record PledgePayload(long id, @Schema(nullable = true) String externalId,
            @Schema(description = "the framework it was made under (/api/frameworks/{id})", nullable = true) Long frameworkId,
            Text text, @Schema(description = "the cities and organisations that pledged, the first leading") List<Party> parties,
            @Schema(description = "numbers of the framework's articles it serves") List<Integer> articles,
            @Schema(description = "codes of GCM objectives") List<String> gcmObjectives,
            @Schema(description = "codes of GCR objectives") List<String> gcrObjectives,
            @Schema(description = "codes of the vocabulary theme") List<String> themes,
            @Schema(nullable = true) String target, @Schema(nullable = true) String responsibleOffice,
            @Schema(allowableValues = {"announced", "planned", "in_progress", "fulfilled", "changed", "stalled",
                "withdrawn"}) String status, LocalDate statusOn, boolean restricted, List<Source> sources,
            @Schema(description = "its status over time, oldest first (only for one pledge)", nullable = true)
            List<StatusChangePayload> history, int version) {}

    @Schema(description = "A page of pledges")
    record PledgePage(@Schema(description = "how many the reader may see, over all pages") long total, int page, int size,
            List<PledgePayload> items, @Schema(description = "pledges by status, for every pledge the filters match")
            StatusCounts figures) {}

    @Schema(description = "Someone acted on a recommendation")
    record UptakePayload(long id, @Schema(description = "the city or organisation, when the directory holds it",
            nullable = true) Party party, @Schema(description = "another actor (a ministry, a donor)", nullable = true)
            String actorName, String taken, Text how, boolean restricted, List<EvidencePayload> evidence,
            @Schema(nullable = true) Source source) {}

    @Schema(description = "A recommendation of a report (a library document) or of an event")
    record RecommendationPayload(long id, String externalId,
            @Schema(description = "the report (/api/documents/{id}) when the reader may see it", nullable = true)
            Long documentId, @Schema(description = "the event (/api/events/{id})", nullable = true) Long eventId,
            @Schema(nullable = true) String section, @Schema(nullable = true) Integer number, Text text,
            @Schema(description = "cities, networks, national_governments, donors, international_organisations, "
                    + "civil_society or researchers") List<String> addressees,
            @Schema(description = "codes of the vocabulary theme") List<String> themes,
            @Schema(nullable = true) Source source,
            @Schema(description = "uptakes this reader may see") int uptakes,
            @Schema(description = "the uptakes (only for one recommendation)", nullable = true) List<UptakePayload> uptakeList,
            @Schema(description = "uptakes not named to this reader, protected when small (only for one recommendation)",
                    nullable = true) Figure unnamedUptakes) {}

    @Schema(description = "A page of recommendations")
    record RecommendationPage(@Schema(description = "how many match, over all pages") long total, int page, int size,
            List<RecommendationPayload> items) {}
}
