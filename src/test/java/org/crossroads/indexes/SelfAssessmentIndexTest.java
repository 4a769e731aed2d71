package org.crossroads.indexes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.crossroads.IntegrationTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Building, publishing, answering, scoring and benchmarking self-assessment indexes against the database. */
@IntegrationTest
class SelfAssessmentIndexTest {

    @Autowired IndexBuilder builder;
    @Autowired SelfAssessmentIndexes indexes;
    @Autowired IndexResponses responses;
    @Autowired IndexScores scores;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Places places;
    @Autowired JdbcClient jdbc;
    IndexFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IndexFixtures(accounts, organisations, places);
    }

    IndexVersion published(String code) {
        long id = builder.loadPublished(IndexFixtures.smallIndex(code), "test");
        return indexes.version(id, 1).orElseThrow();
    }

    long submit(IndexVersion version, long placeId, String period, List<IndexAnswer> answers) {
        return responses.submit(new ResponseDraft(version.id(), placeId, period,
                responses.find(version.id(), placeId, period).map(IndexResponse::version).orElse(null), answers), fixtures.admin());
    }

    @Test
    void scoresAreWeightedAveragesOfQuestionsThenOfDimensions() {
        IndexVersion v1 = published(IndexFixtures.uniqueCode("arithmetic"));
        // gov: unit full (100, weight 1) and 12 staff (band "many", 50, weight 3): (100 + 150) / 4 = 62.5
        // voice: council and budget (60 + 60, capped at 100, weight 1), the optional plan unanswered: 100
        // overall: (2 × 62.5 + 1 × 100) / 3 = 75
        long nador = submit(v1, fixtures.nadorId(), "2021", IndexFixtures.answers("full", 12, List.of("council", "budget"), null));
        IndexScoreCard card = responses.scoreCard(nador).orElseThrow();
        assertThat(card.questions()).containsEntry("gov.unit", new BigDecimal("100.00"))
                .containsEntry("gov.staff", new BigDecimal("50.00")).containsEntry("voice.ways", new BigDecimal("100.00"))
                .doesNotContainKey("voice.plan");
        assertThat(card.dimensions()).containsExactly(Map.entry("gov", new BigDecimal("62.50")),
                Map.entry("voice", new BigDecimal("100.00")));
        assertThat(card.overall()).isEqualByComparingTo("75");
        assertThat(responses.find(nador).orElseThrow().overallScore()).isEqualByComparingTo("75.00");

        // the plan answered "no" (0, weight 2): voice = (100 + 0) / 3 = 33.33; the overall is computed from the
        // unrounded 33.333…: (125 + 33.333…) / 3 = 52.78
        long irbid = submit(v1, fixtures.irbidId(), "2021", IndexFixtures.answers("partly", 3, List.of("forum"), "no"));
        assertThat(responses.scoreCard(irbid).orElseThrow().dimensions()).containsEntry("gov", new BigDecimal("10.00"))
                .containsEntry("voice", new BigDecimal("3.33"));
        long zarqa = submit(v1, fixtures.zarqaId(), "2021", IndexFixtures.answers("full", 12, List.of("council", "budget"), "no"));
        IndexScoreCard zarqaCard = responses.scoreCard(zarqa).orElseThrow();
        assertThat(zarqaCard.dimensions()).containsEntry("voice", new BigDecimal("33.33"));
        assertThat(zarqaCard.overall()).isEqualByComparingTo("52.78");

        // the pure computation gives the same, and ignores nothing it should count
        assertThat(IndexScoring.score(v1, IndexFixtures.answers("full", 12, List.of("council", "budget"), "no")).overall())
                .isEqualByComparingTo("52.78");
        assertThat(IndexScoring.score(v1, List.of()).overall()).isNull();
    }

    @Test
    void publishingFreezesTheVersion() {
        String code = IndexFixtures.uniqueCode("frozen");
        builder.createIndex(new IndexDraft(code, IndexFixtures.text("Frozen"), null, null), fixtures.coordinator());
        IndexVersion draft = indexes.version(indexes.findByCode(code).orElseThrow().id(), 1).orElseThrow();
        assertThat(draft.isDraft()).isTrue();
        assertThat(builder.publishProblems(draft)).extracting(FieldError::messageKey).containsExactly("indexes.error.noDimension");

        long dimension = builder.saveDimension(draft.id(), 0, null, new DimensionDraft("data", IndexFixtures.text("Data"),
                null, BigDecimal.ONE, null), fixtures.coordinator());
        long question = builder.saveQuestion(draft.id(), 1, null, new QuestionDraft("data", "data.local",
                IndexFixtures.text("Local data?"), QuestionKind.SINGLE_CHOICE, BigDecimal.ONE, true, null), fixtures.coordinator());
        assertThatThrownBy(() -> builder.publish(draft.id(), 2, fixtures.coordinator()))
                .isInstanceOfSatisfying(InvalidEntryException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("indexes.error.tooFewOptions"));
        builder.saveOption(draft.id(), 2, question, null, new OptionDraft("yes", IndexFixtures.text("Yes"), 100, null, null, null),
                fixtures.coordinator());
        builder.saveOption(draft.id(), 3, question, null, new OptionDraft("no", IndexFixtures.text("No"), 0, null, null, null),
                fixtures.coordinator());
        // another network's coordinator may not touch it
        assertThatThrownBy(() -> builder.publish(draft.id(), 4, fixtures.otherCoordinator()))
                .isInstanceOf(AccessDeniedException.class);
        // a stale revision is a conflict
        assertThatThrownBy(() -> builder.publish(draft.id(), 3, fixtures.coordinator())).isInstanceOf(ConcurrentEditException.class);
        builder.publish(draft.id(), 4, fixtures.coordinator());

        IndexVersion published = indexes.version(draft.id()).orElseThrow();
        assertThat(published.status()).isEqualTo(IndexVersion.Status.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        int revision = published.revision();
        assertThatThrownBy(() -> builder.saveDimension(draft.id(), revision, dimension, new DimensionDraft("data",
                IndexFixtures.text("Data"), null, BigDecimal.TEN, null), fixtures.coordinator()))
                .isInstanceOf(FrozenVersionException.class).hasMessageContaining("create a new draft version");
        assertThatThrownBy(() -> builder.removeQuestion(draft.id(), revision, question, fixtures.admin()))
                .isInstanceOf(FrozenVersionException.class);
        assertThatThrownBy(() -> builder.saveOption(draft.id(), revision, question, null,
                new OptionDraft("maybe", IndexFixtures.text("Maybe"), 50, null, null, null), fixtures.admin()))
                .isInstanceOf(FrozenVersionException.class);
        // the database refuses too, whoever writes
        assertThatThrownBy(() -> jdbc.sql("update index_dimension set weight = 5 where id = :id").param("id", dimension).update())
                .isInstanceOf(DataAccessException.class);
        assertThat(indexes.version(draft.id()).orElseThrow().dimensions().get(0).weight()).isEqualByComparingTo("1");
    }

    @Test
    void aNewVersionStartsAsACopyAndCanDiffer() {
        String code = IndexFixtures.uniqueCode("versions");
        IndexVersion v1 = published(code);
        IndexVersion v2 = builder.newDraftVersion(code, fixtures.admin());
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.isDraft()).isTrue();
        assertThat(v2.dimensions()).extracting(IndexDimension::code).containsExactly("gov", "voice");
        assertThat(v2.questions()).extracting(IndexQuestion::code).containsExactlyElementsOf(
                v1.questions().stream().map(IndexQuestion::code).toList());
        assertThat(v2.question("gov.staff").orElseThrow().options()).extracting(IndexAnswerOption::upperBound)
                .usingElementComparator((a, b) -> a == null || b == null ? (a == b ? 0 : 1) : a.compareTo(b))
                .containsExactly(new BigDecimal("9"), null);
        assertThat(v2.question("voice.plan").orElseThrow().options()).extracting(IndexAnswerOption::code)
                .containsExactly("yes", "no");
        assertThatThrownBy(() -> builder.newDraftVersion(code, fixtures.admin()))
                .isInstanceOfSatisfying(InvalidEntryException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo("indexes.error.draftExists"));

        IndexDimension gov = v2.dimension("gov").orElseThrow();
        builder.saveDimension(v2.id(), 0, gov.id(), new DimensionDraft("gov", IndexFixtures.text("Governance and coordination"),
                null, new BigDecimal("1.5"), 2), fixtures.admin());
        builder.saveQuestion(v2.id(), 1, null, new QuestionDraft("voice", "voice.media", IndexFixtures.text("Media?"),
                QuestionKind.YES_NO, BigDecimal.ONE, true, 1), fixtures.admin());
        builder.publish(v2.id(), 2, fixtures.admin());

        IndexVersion changed = indexes.version(v2.id()).orElseThrow();
        assertThat(changed.dimensions()).extracting(IndexDimension::code).containsExactly("voice", "gov");
        assertThat(changed.dimension("gov").orElseThrow().weight()).isEqualByComparingTo("1.5");
        assertThat(changed.dimension("voice").orElseThrow().questions()).extracting(IndexQuestion::code)
                .containsExactly("voice.media", "voice.ways", "voice.plan");
        IndexVersion original = indexes.version(v1.id()).orElseThrow();
        assertThat(original.dimension("gov").orElseThrow().weight()).isEqualByComparingTo("2");
        assertThat(original.question("voice.media")).isEmpty();
        assertThat(original.dimensions()).extracting(IndexDimension::code).containsExactly("gov", "voice");
    }

    @Test
    void benchmarksNeverMixVersions() {
        String code = IndexFixtures.uniqueCode("benchmark");
        IndexVersion v1 = published(code);
        IndexVersion v2 = builder.newDraftVersion(code, fixtures.admin());
        builder.publish(v2.id(), v2.revision(), fixtures.admin());
        long nador = fixtures.nadorId();
        long irbid = fixtures.irbidId();
        long zarqa = fixtures.zarqaId();
        // Nador answered version 1 only; Irbid and Zarqa version 2, Irbid twice
        submit(v1, nador, "2022", IndexFixtures.answers("partly", 3, List.of("forum"), null));
        submit(v2, irbid, "2021", IndexFixtures.answers("full", 12, List.of("council", "budget"), "yes"));
        submit(v2, irbid, "2022", IndexFixtures.answers("none", 1, List.of("forum"), "no"));
        submit(v2, zarqa, "2022-H1", IndexFixtures.answers("full", 12, List.of("council"), "yes"));

        IndexBenchmark first = scores.benchmark(v1.id(), null);
        assertThat(first.cities()).extracting(IndexResult::placeId).containsExactly(nador);
        assertThat(first.overall().cities()).isEqualTo(1);
        assertThat(first.rank(nador, null)).contains(1);

        IndexBenchmark second = scores.benchmark(v2.id(), null);
        assertThat(second.cities()).extracting(IndexResult::placeId).containsExactlyInAnyOrder(irbid, zarqa);
        assertThat(second.city(nador)).isEmpty();
        assertThat(second.rank(nador, null)).isEmpty();
        // each city with its latest period: Irbid's 2022, not its better 2021
        assertThat(second.city(irbid).orElseThrow().period()).isEqualTo("2022");
        assertThat(second.rank(zarqa, null)).contains(1);
        assertThat(second.rank(irbid, "gov")).contains(2);
        // the median of two cities is their mean
        BigDecimal irbidGov = second.city(irbid).orElseThrow().dimension("gov");
        BigDecimal zarqaGov = second.city(zarqa).orElseThrow().dimension("gov");
        assertThat(second.dimension("gov").orElseThrow().median())
                .isEqualByComparingTo(irbidGov.add(zarqaGov).divide(BigDecimal.valueOf(2)));
        assertThat(second.dimension("gov").orElseThrow().min()).isEqualByComparingTo(irbidGov);

        // one period only: 2021 holds Irbid's first answer and no one else's
        IndexBenchmark of2021 = scores.benchmark(v2.id(), "2021");
        assertThat(of2021.cities()).extracting(IndexResult::period).containsExactly("2021");
        assertThat(scores.benchmark(v1.id(), "2021").cities()).isEmpty();

        // a city's history keeps the versions apart
        IndexHistory history = scores.history(irbid, v1.indexId());
        assertThat(history.versions()).extracting(h -> h.version().number()).containsExactly(2);
        assertThat(history.versions().get(0).periods()).extracting(IndexResult::period).containsExactly("2021", "2022");
        assertThat(scores.history(nador, v1.indexId()).versions()).extracting(h -> h.version().number()).containsExactly(1);
        assertThat(scores.respondentCounts(v1.indexId())).containsEntry(v1.id(), 1).containsEntry(v2.id(), 2);
    }

    @Test
    void aFocalPointAnswersOnlyForTheirOwnCity() {
        IndexVersion v1 = published(IndexFixtures.uniqueCode("access"));
        ResponseDraft forIrbid = new ResponseDraft(v1.id(), fixtures.irbidId(), "2021", null,
                IndexFixtures.answers("full", 12, List.of("council"), null));
        assertThatThrownBy(() -> responses.saveDraft(forIrbid, fixtures.nador())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> responses.submit(forIrbid, fixtures.nador())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> responses.submit(forIrbid, fixtures.coordinator())).isInstanceOf(AccessDeniedException.class);
        assertThat(responses.find(v1.id(), fixtures.irbidId(), "2021")).isEmpty();

        responses.submit(forIrbid, fixtures.irbid());
        assertThat(responses.find(v1.id(), fixtures.irbidId(), "2021").orElseThrow().isSubmitted()).isTrue();
    }

    @Test
    void submittingNamesEveryUnansweredRequiredQuestion() {
        IndexVersion v1 = published(IndexFixtures.uniqueCode("unanswered"));
        ResponseDraft partial = new ResponseDraft(v1.id(), fixtures.nadorId(), "2021", null,
                List.of(IndexAnswer.choice("gov.unit", "full")));
        assertThatThrownBy(() -> responses.submit(partial, fixtures.nador()))
                .isInstanceOfSatisfying(InvalidEntryException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("q_gov.staff", "q_voice.ways");
                    assertThat(e.errors()).extracting(FieldError::messageKey).containsOnly("indexes.error.unanswered");
                    assertThat(e.errors()).extracting(x -> x.arguments().get(0)).containsExactly("1.2", "2.1");
                });
        // a draft may leave them open; what it gives must be valid
        long id = responses.saveDraft(partial, fixtures.nador());
        assertThat(responses.find(id).orElseThrow().isSubmitted()).isFalse();
        assertThat(scores.benchmark(v1.id(), null).cities()).isEmpty();
        assertThatThrownBy(() -> responses.saveDraft(new ResponseDraft(v1.id(), fixtures.nadorId(), "2021", 0, List.of(
                IndexAnswer.choice("gov.unit", "full", "none"), IndexAnswer.number("gov.staff", new BigDecimal("-4")),
                IndexAnswer.choice("voice.ways", "council", "podcast"), IndexAnswer.choice("voice.nothing", "x"))), fixtures.nador()))
                .isInstanceOfSatisfying(InvalidEntryException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("q_gov.unit", "indexes.error.oneOption"),
                                org.assertj.core.groups.Tuple.tuple("q_gov.staff", "indexes.error.outOfRange"),
                                org.assertj.core.groups.Tuple.tuple("q_voice.ways", "indexes.error.unknownOption"),
                                org.assertj.core.groups.Tuple.tuple("q_voice.nothing", "indexes.error.unknownQuestion")));
        assertThatThrownBy(() -> responses.saveDraft(new ResponseDraft(v1.id(), fixtures.nadorId(), "2999", null, List.of()),
                fixtures.nador())).isInstanceOfSatisfying(InvalidEntryException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("period"));
    }

    @Test
    void aStaleResponseVersionIsRefused() {
        IndexVersion v1 = published(IndexFixtures.uniqueCode("stale"));
        long tangier = fixtures.tangierId();
        List<IndexAnswer> answers = IndexFixtures.answers("partly", 3, List.of("forum"), null);
        long id = responses.saveDraft(new ResponseDraft(v1.id(), tangier, "2022-H1", null, answers), fixtures.tangier());
        assertThat(responses.find(id).orElseThrow().version()).isZero();
        // a second "new" form for the same period does not overwrite the first unseen
        assertThatThrownBy(() -> responses.saveDraft(new ResponseDraft(v1.id(), tangier, "2022-H1", null, answers),
                fixtures.tangier())).isInstanceOf(ConcurrentEditException.class);
        responses.saveDraft(new ResponseDraft(v1.id(), tangier, "2022-H1", 0, answers), fixtures.tangier());
        assertThatThrownBy(() -> responses.submit(new ResponseDraft(v1.id(), tangier, "2022-H1", 0, answers), fixtures.tangier()))
                .isInstanceOf(ConcurrentEditException.class);
        responses.submit(new ResponseDraft(v1.id(), tangier, "2022-H1", 1, answers), fixtures.tangier());
        IndexResponse submitted = responses.find(id).orElseThrow();
        assertThat(submitted.version()).isEqualTo(2);
        assertThat(submitted.isSubmitted()).isTrue();
        // submitted answers are corrected by submitting again, never turned back into a draft
        assertThatThrownBy(() -> responses.saveDraft(new ResponseDraft(v1.id(), tangier, "2022-H1", 2, answers), fixtures.tangier()))
                .isInstanceOfSatisfying(InvalidEntryException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo("indexes.error.alreadySubmitted"));
        responses.submit(new ResponseDraft(v1.id(), tangier, "2022-H1", 2,
                IndexFixtures.answers("full", 12, List.of("council", "budget"), null)), fixtures.tangier());
        assertThat(responses.find(id).orElseThrow().overallScore()).isEqualByComparingTo("75");
    }

    @Test
    void aDraftOrRetiredVersionTakesNoAnswers() {
        String code = IndexFixtures.uniqueCode("closed");
        IndexVersion v1 = published(code);
        IndexVersion v2 = builder.newDraftVersion(code, fixtures.admin());
        List<IndexAnswer> answers = IndexFixtures.answers("full", 12, List.of("council"), null);
        assertThatThrownBy(() -> responses.submit(new ResponseDraft(v2.id(), fixtures.nadorId(), "2021", null, answers),
                fixtures.nador())).isInstanceOfSatisfying(InvalidEntryException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("indexes.error.notOpen"));
        responses.submit(new ResponseDraft(v1.id(), fixtures.nadorId(), "2021", null, answers), fixtures.nador());
        builder.retire(v1.id(), fixtures.admin());
        assertThatThrownBy(() -> responses.submit(new ResponseDraft(v1.id(), fixtures.irbidId(), "2021", null, answers),
                fixtures.irbid())).isInstanceOf(InvalidEntryException.class);
        // its results stay
        assertThat(scores.benchmark(v1.id(), null).cities()).hasSize(1);
    }

    @Test
    void theExampleIndexIsLoadedPublishedAndMarkedAsNotOfficial() {
        SelfAssessmentIndex example = indexes.findByCode("local-migration-governance-example").orElseThrow();
        assertThat(example.official()).isFalse();
        assertThat(example.name().in("en")).isEqualTo("Local Migration Governance Self-Assessment (example)");
        assertThat(example.notice().in("en")).contains("inspired by the approach", "Intercultural Cities Index",
                "not the Council of Europe’s own index");
        assertThat(example.notice().byLanguage()).containsOnlyKeys("en", "fr", "ar", "es");
        assertThat(example.notice().in("fr")).contains("Conseil de l’Europe");
        assertThat(example.notice().in("ar")).contains("مجلس أوروبا");
        assertThat(example.notice().in("es")).contains("Consejo de Europa");
        List<IndexVersion> versions = indexes.versions(example.id());
        assertThat(versions).hasSize(1);
        IndexVersion v1 = versions.get(0);
        assertThat(v1.status()).isEqualTo(IndexVersion.Status.PUBLISHED);
        assertThat(v1.dimensions()).extracting(IndexDimension::code)
                .containsExactly("data", "coordination", "services", "participation", "narrative", "partnerships");
        assertThat(v1.dimensions()).allSatisfy(d -> {
            assertThat(d.questions()).hasSizeBetween(3, 4);
            assertThat(d.description().in("en")).containsPattern("(MC2CM 2019|GFMD Mayors Mechanism 2020|Stürner 2020)");
            assertThat(d.name().byLanguage()).containsOnlyKeys("en", "fr", "ar", "es");
        });
        assertThat(v1.questions()).hasSize(23).allSatisfy(q -> assertThat(q.prompt().byLanguage())
                .containsOnlyKeys("en", "fr", "ar", "es"));
        assertThat(builder.publishProblems(v1)).isEmpty();
        // loading again changes nothing
        assertThat(builder.loadPublished(new IndexDefinition(example.code(),
                example.name(), IndexText.empty(), IndexText.empty(), List.of()), "test")).isEqualTo(example.id());
        assertThat(indexes.versions(example.id())).hasSize(1);
    }
}
