package org.crossroads.learning.capabilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crossroads.learning.LearningFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crossroads.IntegrationTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Capability self-assessments: the built-in framework, saving with its checks, and the figures behind the
 * trends and the heat map. Each test uses its own cities or periods (the database is shared by the suite).
 */
@IntegrationTest
class CapabilityAssessmentTest {

    @Autowired CapabilityAssessments assessments;
    @Autowired CapabilityFrameworks frameworks;
    @Autowired AuditTrail audit;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Places places;
    LearningFixtures fixtures;
    CapabilityFramework fiveCore;

    @BeforeEach
    void setUp() {
        fixtures = LearningFixtures.of(accounts, organisations, places);
        fiveCore = frameworks.findByCode(CapabilityFrameworks.FIVE_CORE_CAPABILITIES).orElseThrow();
    }

    /** A draft scoring every indicator of the framework with the given score (evidence on the first one). */
    AssessmentDraft everyIndicator(long placeId, String period, Integer version, int score) {
        List<AssessmentDraft.Entry> entries = new ArrayList<>();
        for (CapabilityFramework.CapabilityIndicator i : fiveCore.indicators()) {
            entries.add(new AssessmentDraft.Entry(i.code(), score, entries.isEmpty() ? "Evidence for " + period : null));
        }
        return new AssessmentDraft(placeId, fiveCore.id(), period, version, entries);
    }

    static AssessmentDraft.Entry entry(String code, Integer score, String evidence) {
        return new AssessmentDraft.Entry(code, score, evidence);
    }

    Editor administrator() {
        return accounts.findByUsername("admin").orElseThrow();
    }

    @Test
    void theFiveCoreCapabilitiesFrameworkHoldsTheSeedsCapabilitiesAndIndicators() {
        assertThat(fiveCore.capabilities()).hasSize(5);
        assertThat(fiveCore.capabilities()).extracting(c -> c.name().english()).containsExactly(
                "The capability to commit and engage",
                "The capability to carry out technical and logistical tasks, and generate development results",
                "The capability to relate to context and attract others",
                "The capability to balance diversity and coherence",
                "The capability to adapt and self-renew");
        // seed 000 section 5 lists 3 + 3 + 3 + 5 + 4 indicators
        assertThat(fiveCore.capabilities()).extracting(c -> c.indicators().size()).containsExactly(3, 3, 3, 5, 4);
        assertThat(fiveCore.indicators()).hasSize(18);
        assertThat(fiveCore.indicators()).extracting(i -> i.text().english()).contains(
                "Building of individual confidence in the ability to affect outcomes and decision-making in migration governance",
                "Increase in new technical skills",
                "Emergence of sub-clusters of actors around similar contexts or problems",
                "Perceived level of mutuality between peer institutions",
                "Extent to which the discourse is accessible and inclusive");
        assertThat(fiveCore.indicators()).extracting(CapabilityFramework.CapabilityIndicator::level)
                .containsOnly("individual", "institutional", "collective");
        assertThat(fiveCore.indicators()).allSatisfy(i -> assertThat(i.text().asMap()).containsKeys("en", "fr", "ar", "es"));
        assertThat(fiveCore.scaleMax()).isEqualTo(5);
    }

    @Test
    void aCityFocalPointAssessesTwoYearsAndSeesTheTrend() {
        Editor tunis = fixtures.tunisFocalPoint();
        long tunisId = fixtures.place("Tunis, TN");
        List<AssessmentDraft.Entry> first = List.of(
                entry("5c.1.1", 2, "Technical staff took part in two exchanges"), entry("5c.1.2", 3, null),
                entry("5c.2.1", 1, null), entry("5c.3.3", 4, "  Signed the Lampedusa charter  "));
        long id2023 = assessments.save(new AssessmentDraft(tunisId, fiveCore.id(), "2023", null, first), tunis);
        List<AssessmentDraft.Entry> second = List.of(
                entry("5c.1.1", 4, null), entry("5c.1.2", 5, null), entry("5c.2.1", 3, null), entry("5c.3.3", 4, null),
                entry("5c.5.1", 2, null));
        assessments.save(new AssessmentDraft(tunisId, fiveCore.id(), "2024", null, second), tunis);

        CapabilityAssessment stored = assessments.find(tunisId, fiveCore.id(), "2023").orElseThrow();
        assertThat(stored.id()).isEqualTo(id2023);
        assertThat(stored.assessedBy()).isEqualTo(LearningFixtures.TUNIS_FOCAL_POINT);
        assertThat(stored.score("5c.3.3").orElseThrow().evidence()).isEqualTo("Signed the Lampedusa charter");
        assertThat(stored.score("5c.1.2").orElseThrow().evidence()).isNull();
        assertThat(assessments.periodsOf(tunisId, fiveCore.id())).containsSubsequence("2023", "2024");
        assertThat(audit.history(CapabilityAssessments.RECORD, id2023)).extracting(AuditTrail.Change::action).containsExactly("saved");

        CapabilityTrend trend = assessments.trend(tunisId, fiveCore.id());
        CapabilityTrend.Period y2023 = trend.periods().stream().filter(p -> p.period().equals("2023")).findFirst().orElseThrow();
        CapabilityTrend.Period y2024 = trend.periods().stream().filter(p -> p.period().equals("2024")).findFirst().orElseThrow();
        assertThat(y2023.capability("commit_engage").orElseThrow()).isEqualTo(new CapabilityAverage("commit_engage", 2.5, 2));
        assertThat(y2024.capability("commit_engage").orElseThrow().average()).isEqualTo(4.5);
        assertThat(y2023.capability("deliver").orElseThrow().average()).isEqualTo(1.0);
        assertThat(y2023.capability("adapt")).isEmpty();
        assertThat(y2024.capability("adapt").orElseThrow().average()).isEqualTo(2.0);
        // individual: 5c.1.1, 5c.2.1 (and 5c.5.1 in 2024); institutional: 5c.1.2; collective: 5c.3.3
        assertThat(y2023.level("individual").orElseThrow().average()).isEqualTo(1.5);
        assertThat(y2024.level("individual").orElseThrow()).isEqualTo(new CapabilityAverage("individual", 3.0, 3));
        assertThat(y2024.level("institutional").orElseThrow().average()).isEqualTo(5.0);
        assertThat(y2024.level("collective").orElseThrow().average()).isEqualTo(4.0);
        assertThat(y2024.indicator("5c.1.1").orElseThrow().average()).isEqualTo(4.0);
        assertThat(y2024.capabilities()).extracting(CapabilityAverage::key)
                .containsExactly("commit_engage", "deliver", "relate", "adapt");
        assertThat(y2024.levels()).extracting(CapabilityAverage::key).containsExactly("individual", "institutional", "collective");
        assertThat(trend.periodNames()).containsSubsequence("2023", "2024");
    }

    @Test
    void onlyTheCitysOwnFocalPointOrAnAdministratorAssessesIt() {
        long tunisId = fixtures.place("Tunis, TN");
        AssessmentDraft draft = everyIndicator(tunisId, "2019", null, 3);
        assertThatThrownBy(() -> assessments.save(draft, fixtures.sfaxFocalPoint())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.save(draft, fixtures.mc2cmCoordinator())).isInstanceOf(AccessDeniedException.class);
        assertThat(assessments.find(tunisId, fiveCore.id(), "2019")).isEmpty();

        long sfaxId = fixtures.place("Sfax, TN");
        assessments.save(everyIndicator(sfaxId, "2019", null, 3), administrator());
        assertThat(assessments.find(sfaxId, fiveCore.id(), "2019")).isPresent();
    }

    @Test
    void everyBadScoreAndPeriodIsNamedByFieldAndNothingIsStored() {
        Editor tunis = fixtures.tunisFocalPoint();
        long tunisId = fixtures.place("Tunis, TN");
        List<String> before = assessments.periodsOf(tunisId, fiveCore.id());
        AssessmentDraft bad = new AssessmentDraft(tunisId, fiveCore.id(), "2021-H3", null, List.of(
                entry("5c.1.1", 0, null), entry("5c.1.2", 6, null), entry("5c.2.1", null, "Evidence without a score"),
                entry("5c.2.2", 3, "x".repeat(5001)), entry("no.such.indicator", 3, null), entry("5c.3.1", 4, null)));
        assertThatThrownBy(() -> assessments.save(bad, tunis)).isInstanceOfSatisfying(InvalidEntryException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("period", "score_5c.1.1",
                        "score_5c.1.2", "score_5c.2.1", "evidence_5c.2.2", "score_no.such.indicator"));

        int nextYear = java.time.Year.now().getValue() + 1;
        assertThatThrownBy(() -> assessments.save(everyIndicator(tunisId, nextYear + "-H1", null, 3), tunis))
                .isInstanceOfSatisfying(InvalidEntryException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("period", "capabilities.error.futurePeriod", nextYear + "-H1",
                                String.valueOf(nextYear - 1))));
        assertThatThrownBy(() -> assessments.save(new AssessmentDraft(tunisId, fiveCore.id(), "2021", null,
                List.of(entry("5c.1.1", null, " "))), tunis))
                .isInstanceOfSatisfying(InvalidEntryException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("scores"));
        assertThatThrownBy(() -> assessments.save(everyIndicator(tunisId, "twenty-one", null, 3), tunis))
                .isInstanceOfSatisfying(InvalidEntryException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("period"));

        assertThat(assessments.periodsOf(tunisId, fiveCore.id())).isEqualTo(before);
        assertThat(assessments.find(tunisId, fiveCore.id(), "2021-H3")).isEmpty();
        assertThat(assessments.find(tunisId, fiveCore.id(), "2021")).isEmpty();
    }

    @Test
    void aReplacementFromAStaleVersionIsRefused() {
        Editor tunis = fixtures.tunisFocalPoint();
        long tunisId = fixtures.place("Tunis, TN");
        long id = assessments.save(everyIndicator(tunisId, "2022-H1", null, 2), tunis);
        CapabilityAssessment read = assessments.find(id).orElseThrow();
        assertThat(read.version()).isZero();
        assertThat(read.scores()).hasSize(18);

        assessments.save(new AssessmentDraft(tunisId, fiveCore.id(), "2022-H1", read.version(),
                List.of(entry("5c.1.1", 5, "Replaced"))), tunis);
        CapabilityAssessment replaced = assessments.find(id).orElseThrow();
        assertThat(replaced.version()).isEqualTo(1);
        assertThat(replaced.scores()).extracting(CapabilityAssessment.Score::indicatorCode).containsExactly("5c.1.1");

        assertThatThrownBy(() -> assessments.save(everyIndicator(tunisId, "2022-H1", read.version(), 1), tunis))
                .isInstanceOf(ConcurrentEditException.class);
        // a second "new" assessment of the same period does not overwrite the first either
        assertThatThrownBy(() -> assessments.save(everyIndicator(tunisId, "2022-H1", null, 1), tunis))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(assessments.find(id).orElseThrow().score("5c.1.1").orElseThrow().score()).isEqualTo(5);
        assertThat(audit.history(CapabilityAssessments.RECORD, id)).hasSize(2);
    }

    @Test
    void theHeatMapAveragesEachCitysLatestAssessmentWithCounts() {
        long sousse = fixtures.place("Sousse, TN");
        long oujda = fixtures.place("Oujda, MA");
        Editor admin = administrator();
        // Sousse: an older assessment (ignored by the heat map) and its latest
        assessments.save(everyIndicator(sousse, "2023", null, 1), admin);
        assessments.save(new AssessmentDraft(sousse, fiveCore.id(), "2024", null, List.of(
                entry("5c.1.1", 4, null), entry("5c.1.2", 2, null), entry("5c.1.3", 4, null), entry("5c.4.2", 5, null),
                entry("5c.4.4", 3, null))), admin);
        assessments.save(new AssessmentDraft(oujda, fiveCore.id(), "2024-H1", null, List.of(
                entry("5c.1.1", 2, null), entry("5c.1.2", 5, null), entry("5c.2.3", 3, null))), admin);

        CapabilityHeatMap map = assessments.heatMap(fiveCore.id(), Set.of(sousse, oujda));
        assertThat(map.cities()).isEqualTo(2);
        assertThat(map.basis()).containsExactlyInAnyOrder(new CapabilityHeatMap.CityPeriod(sousse, "2024"),
                new CapabilityHeatMap.CityPeriod(oujda, "2024-H1"));
        assertThat(map.cell("commit_engage", "individual").orElseThrow())
                .isEqualTo(new CapabilityHeatMap.Cell("commit_engage", "individual", 3.0, 2));
        assertThat(map.cell("commit_engage", "institutional").orElseThrow().average()).isEqualTo(3.5);
        assertThat(map.cell("commit_engage", "collective").orElseThrow())
                .isEqualTo(new CapabilityHeatMap.Cell("commit_engage", "collective", 4.0, 1));
        // Sousse's collective indicators of "balance": (5 + 3) / 2; each city counts once
        assertThat(map.cell("balance", "collective").orElseThrow())
                .isEqualTo(new CapabilityHeatMap.Cell("balance", "collective", 4.0, 1));
        assertThat(map.cell("deliver", "institutional").orElseThrow().cities()).isEqualTo(1);
        assertThat(map.cell("adapt", "individual")).isEmpty();
        assertThat(map.cells().get(0).capability()).isEqualTo("commit_engage");

        NetworkCapabilityTrend trend = assessments.networkTrend(fiveCore.id(), Set.of(sousse, oujda));
        assertThat(trend.periodNames()).containsExactly("2023", "2024-H1", "2024");
        NetworkCapabilityTrend.Period p2024 = trend.periods().get(2);
        assertThat(p2024.cities()).isEqualTo(1);
        assertThat(p2024.capability("commit_engage").orElseThrow()).isEqualTo(new CapabilityAverage("commit_engage", 3.33, 1));
        assertThat(trend.periods().get(0).capability("adapt").orElseThrow().average()).isEqualTo(1.0);

        assertThat(assessments.heatMap(fiveCore.id(), Set.of())).satisfies(empty -> {
            assertThat(empty.cities()).isZero();
            assertThat(empty.cells()).isEmpty();
        });
        assertThat(assessments.heatMap(fiveCore.id(), null).cities()).isGreaterThanOrEqualTo(2);
    }
}
