package org.crossroads.shared.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The attacker finds the four attacks of issue 9, and accepts tables that keep "&lt;5" meaning 1 to 4. */
class DisclosureAuditTest {

    @Test
    void aYearTotalBesideItsQuartersGivesAwayTheOneHiddenQuarter() {
        DisclosureAudit audit = new DisclosureAudit(5)
                .shown("2024", 104).shown("2024-Q1", 100).small("2024-Q2", 4).shown("2024-Q3", 0).shown("2024-Q4", 0)
                .sum("2024", List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"));

        assertThat(audit.breaches()).singleElement().satisfies(breach -> {
            assertThat(breach.cell()).isEqualTo("2024-Q2");
            assertThat(breach.low()).isEqualTo(4, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(breach.high()).isEqualTo(4, org.assertj.core.data.Offset.offset(1e-6));
        });
    }

    @Test
    void aComplementaryCellKeepsTheHiddenQuarterAnywhereFromOneToFour() {
        DisclosureAudit audit = new DisclosureAudit(5)
                .shown("2024", 104).hidden("2024-Q1", 100).small("2024-Q2", 4).shown("2024-Q3", 0).shown("2024-Q4", 0)
                .sum("2024", List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"));

        assertThat(audit.breaches()).isEmpty();
    }

    @Test
    void twoSmallCellsHiddenTogetherStillGiveAwayTooMuchWhenTheirSumIsSmall() {
        // 3 + 1 = 4 is known, so the first is at most 3: "<5" no longer means 1 to 4
        DisclosureAudit audit = new DisclosureAudit(5)
                .shown("total", 104).shown("a", 100).small("b", 3).small("c", 1)
                .sum("total", List.of("a", "b", "c"));

        assertThat(audit.breaches()).extracting(DisclosureAudit.Breach::cell).containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void aShareOfAHiddenCountOverAPublicTotalGivesTheCountAway() {
        DisclosureAudit audit = new DisclosureAudit(5)
                .small("foreign_born", 3).shown("population", 1000).shown("share", 0.003)
                .ratio("share", "foreign_born", "population", 1);

        assertThat(audit.breaches()).singleElement().extracting(DisclosureAudit.Breach::cell).isEqualTo("foreign_born");
    }

    @Test
    void roundedPercentagesOverHiddenCountsNarrowThemDown() {
        // continuity 67 % of <5 delegates: returning / delegates in [0.665, 0.675] leaves 2 of 3 only
        DisclosureAudit audit = new DisclosureAudit(5)
                .small("delegates", 3).small("returning", 2).shownRounded("continuity", 67, 0.5)
                .ratio("continuity", "returning", "delegates", 100);

        assertThat(audit.breaches()).extracting(DisclosureAudit.Breach::cell).contains("returning");
    }

    @Test
    void aHiddenRatioTellsNothing() {
        DisclosureAudit audit = new DisclosureAudit(5)
                .small("delegates", 3).small("returning", 2).hidden("continuity", 67)
                .ratio("continuity", "returning", "delegates", 100);

        assertThat(audit.breaches()).isEmpty();
    }

    @Test
    void aCountHiddenInOneOutputAndShownInAnotherIsShown() {
        DisclosureAudit audit = new DisclosureAudit(5).small("answers", 2).shown("answers", 2);

        assertThat(audit.breaches()).singleElement().extracting(DisclosureAudit.Breach::reason)
                .isEqualTo("hidden in one output, shown in another");
    }

    @Test
    void twoOutputsThatPublishTheSameCellDifferentlyAreAnErrorOfTheTest() {
        DisclosureAudit audit = new DisclosureAudit(5).shown("x", 2);

        assertThatThrownBy(() -> audit.shown("x", 3)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theAttackerCombinesTwoDimensions() {
        // a 2 × 2 table with row and column totals: hiding one small cell and its row partner is not enough,
        // the column total pins both; hiding the four corners of a rectangle is
        DisclosureAudit exposed = table(true);
        DisclosureAudit protectedTable = table(false);

        assertThat(exposed.breaches()).extracting(DisclosureAudit.Breach::cell).contains("a1");
        assertThat(protectedTable.breaches()).isEmpty();
    }

    private static DisclosureAudit table(boolean onlyTwoHidden) {
        // a1 = 3, a2 = 40, b1 = 50, b2 = 60; rows a = 43, b = 110; columns 1 = 53, 2 = 100
        DisclosureAudit audit = new DisclosureAudit(5).small("a1", 3).hidden("a2", 40)
                .shown("a", 43).shown("b", 110).shown("1", 53).shown("2", 100)
                .sum("a", List.of("a1", "a2")).sum("b", List.of("b1", "b2"))
                .sum("1", List.of("a1", "b1")).sum("2", List.of("a2", "b2"));
        if (onlyTwoHidden) {
            audit.shown("b1", 50).shown("b2", 60);
        } else {
            audit.hidden("b1", 50).hidden("b2", 60);
        }
        return audit;
    }
}
