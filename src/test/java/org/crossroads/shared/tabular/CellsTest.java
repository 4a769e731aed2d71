package org.crossroads.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.junit.jupiter.api.Test;

/** How cell values are understood, in each interface language. */
class CellsTest {

    private static final Vocabularies VOCABULARIES = new Vocabularies();
    private static final Locale FRENCH = Locale.FRENCH;
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private final Problems problems = new Problems();

    private Cells cells(Locale locale) {
        return new Cells(VOCABULARIES, locale, problems);
    }

    private static SourceRow row(String value) {
        return new SourceRow(7, Map.of("c", value));
    }

    private Optional<LocalDate> date(String value, DateBound bound) {
        return cells(FRENCH).date(row(value), "c", bound);
    }

    private Optional<BigDecimal> decimal(String value, Locale locale) {
        return cells(locale).decimal(row(value), "c");
    }

    @Test
    void textIsStrippedRequiredWhenAskedAndLimitedInLength() {
        assertThat(cells(FRENCH).text(row("  Sfax  "), "c", true, 10)).contains("Sfax");
        assertThat(cells(FRENCH).text(row(" "), "c", false, 10)).isEmpty();
        assertThat(problems.isEmpty()).isTrue();

        assertThat(cells(FRENCH).text(row(""), "c", true, 10)).isEmpty();
        assertThat(cells(FRENCH).text(row("Kanifing Municipal Council"), "c", true, 10)).isEmpty();

        assertThat(problems.list()).extracting(p -> p.reason().key()).containsExactly("import.error.required", "import.error.tooLong");
        assertThat(problems.list().get(1).text()).isEqualTo("The text has 26 characters; at most 10 are allowed.");
        assertThat(problems.list()).allSatisfy(p -> {
            assertThat(p.row()).isEqualTo(7);
            assertThat(p.column()).isEqualTo("c");
        });
    }

    @Test
    void listsSplitOnTheSeparatorIncludingTheArabicSemicolon() {
        assertThat(cells(ARABIC).list(row("housing; education ;;health"), "c", ";")).containsExactly("housing", "education", "health");
        assertThat(cells(ARABIC).list(row("سكن؛ تعليم"), "c", ";")).containsExactly("سكن", "تعليم");
        assertThat(cells(ARABIC).list(row(""), "c", ";")).isEmpty();
    }

    @Test
    void vocabularyValuesMatchCodesAndLabelsWhateverTheCaseAndAccents() {
        assertThat(cells(FRENCH).vocabulary(row("peer_exchange"), "c", Vocabularies.ACTIVITY_TYPE)).contains("peer_exchange");
        assertThat(cells(FRENCH).vocabulary(row("PEER-TO-PEER meetings and exchanges"), "c", Vocabularies.ACTIVITY_TYPE)).contains("peer_exchange");
        assertThat(cells(FRENCH).vocabularyList(row("Housing; health; housing"), "c", Vocabularies.THEME)).containsExactly("housing", "health");
        assertThat(problems.isEmpty()).isTrue();

        assertThat(cells(FRENCH).vocabularyList(row("housing; gardening"), "c", Vocabularies.THEME)).containsExactly("housing");
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.reason().key()).isEqualTo("import.error.vocabulary");
            // the value, the column, and every accepted value: the label in the reader's language (French here) and the code
            assertThat(p.reason().arguments()).hasSize(3).startsWith("gardening", "c");
            String accepted = p.reason().arguments().get(2);
            for (var term : VOCABULARIES.terms(Vocabularies.THEME)) {
                assertThat(accepted).contains(term.label(FRENCH) + " (" + term.code() + ")");
            }
            assertThat(p.text()).startsWith("\u201cgardening\u201d is not a known value of \u201cc\u201d. Accepted values: ");
        });
    }

    @Test
    void datesAcceptIsoYearMonthAndDayForms() {
        assertThat(date("2021-06-15", DateBound.START)).contains(LocalDate.of(2021, 6, 15));
        assertThat(date("2021-06-15T10:30:00Z", DateBound.START)).contains(LocalDate.of(2021, 6, 15));
        assertThat(date("2021-6-5", DateBound.START)).contains(LocalDate.of(2021, 6, 5));
        assertThat(date("2021/06/15", DateBound.START)).contains(LocalDate.of(2021, 6, 15));
    }

    @Test
    void aBareYearOrMonthMeansTheStartOrTheEndOfThePeriod() {
        assertThat(date("2021", DateBound.START)).contains(LocalDate.of(2021, 1, 1));
        assertThat(date("2021", DateBound.END)).contains(LocalDate.of(2021, 12, 31));
        assertThat(date("2024-02", DateBound.START)).contains(LocalDate.of(2024, 2, 1));
        assertThat(date("2024-02", DateBound.END)).contains(LocalDate.of(2024, 2, 29));
        assertThat(date("06/2021", DateBound.END)).contains(LocalDate.of(2021, 6, 30));
    }

    @Test
    void numericDatesAreDayFirstInEveryLanguage() {
        assertThat(date("15/06/2021", DateBound.START)).contains(LocalDate.of(2021, 6, 15));
        assertThat(date("15.06.2021", DateBound.START)).contains(LocalDate.of(2021, 6, 15));
        assertThat(date("15-06-2021", DateBound.START)).contains(LocalDate.of(2021, 6, 15));
        assertThat(cells(Locale.ENGLISH).date(row("05/06/2021"), "c", DateBound.START)).contains(LocalDate.of(2021, 6, 5));
        assertThat(cells(Locale.US).date(row("06/15/2021"), "c", DateBound.START)).isEmpty();
    }

    @Test
    void datesWithMonthNamesInFrenchSpanishArabicAndEnglish() {
        assertThat(date("15 juin 2021", DateBound.START)).contains(LocalDate.of(2021, 6, 15));
        assertThat(date("1er février 2020", DateBound.START)).contains(LocalDate.of(2020, 2, 1));
        assertThat(date("15 de junio de 2021", DateBound.START)).contains(LocalDate.of(2021, 6, 15));
        assertThat(date("June 15, 2021", DateBound.START)).contains(LocalDate.of(2021, 6, 15));
        assertThat(date("sept. 2019", DateBound.END)).contains(LocalDate.of(2019, 9, 30));
        assertThat(date("١٥ يونيو ٢٠٢١", DateBound.START)).contains(LocalDate.of(2021, 6, 15));
        assertThat(date("15 جوان 2021", DateBound.START)).contains(LocalDate.of(2021, 6, 15));
    }

    @Test
    void arabicIndicDigitsAreDigits() {
        assertThat(cells(ARABIC).date(row("١٥/٠٦/٢٠٢١"), "c", DateBound.START)).contains(LocalDate.of(2021, 6, 15));
        assertThat(cells(ARABIC).date(row("٢٠٢١"), "c", DateBound.END)).contains(LocalDate.of(2021, 12, 31));
        assertThat(decimal("١٢٫٥", ARABIC)).contains(new BigDecimal("12.5"));
        assertThat(decimal("١٬٢٣٤٫٥", ARABIC)).contains(new BigDecimal("1234.5"));
        assertThat(decimal("۱۲,۵", ARABIC)).contains(new BigDecimal("12.5"));
        assertThat(cells(ARABIC).integer(row("٤٢"), "c")).contains(42L);
    }

    @Test
    void wrongAndOutOfRangeDatesAreReportedWithTheValue() {
        assertThat(date("31/02/2021", DateBound.START)).isEmpty();
        assertThat(date("15/06/21", DateBound.START)).isEmpty();
        assertThat(date("next year", DateBound.START)).isEmpty();
        assertThat(date("1850", DateBound.START)).isEmpty();
        assertThat(date("", DateBound.START)).isEmpty();

        assertThat(problems.list()).extracting(p -> p.reason().key()).containsExactly("import.error.date", "import.error.date",
                "import.error.date", "import.error.yearRange");
        assertThat(problems.list().get(0).text()).isEqualTo(
                "\u201c31/02/2021\u201d is not a date. Write 2021, 2021-06, 2021-06-15 or 15/06/2021.");
        assertThat(problems.list().get(3).text()).isEqualTo("\u201c1850\u201d: the year must be between 1900 and 2100.");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsReportedOnTheEndColumn() {
        SourceRow row = new SourceRow(3, Map.of("start", "2021", "end", "2020"));
        DatePeriod period = cells(FRENCH).period(row, "start", "end");

        assertThat(period.isOrdered()).isFalse();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("end");
            assertThat(p.text()).isEqualTo("The end date 2020-12-31 is before the start date 2021-01-01.");
        });
        assertThat(cells(FRENCH).period(new SourceRow(4, Map.of("start", "2021", "end", "2021")), "start", "end"))
                .isEqualTo(new DatePeriod(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
    }

    @Test
    void yearsAreWithinASaneRange() {
        assertThat(cells(FRENCH).year(row("2016"), "c")).contains(2016);
        assertThat(cells(FRENCH).year(row("2101"), "c")).isEmpty();
        assertThat(problems.list()).singleElement().satisfies(p -> assertThat(p.text()).isEqualTo("\u201c2101\u201d is not between 1900 and 2100."));
    }

    @Test
    void decimalsFollowTheLocaleAndAcceptThousandsSeparators() {
        assertThat(decimal("12,5", FRENCH)).contains(new BigDecimal("12.5"));
        assertThat(decimal("12,5", SPANISH)).contains(new BigDecimal("12.5"));
        assertThat(decimal("12.5", FRENCH)).contains(new BigDecimal("12.5"));
        assertThat(decimal("12.5", Locale.ENGLISH)).contains(new BigDecimal("12.5"));
        assertThat(decimal("1 234,5", FRENCH)).contains(new BigDecimal("1234.5"));
        assertThat(decimal("1\u202F234,5", FRENCH)).contains(new BigDecimal("1234.5"));
        assertThat(decimal("1\u00A0234\u00A0567", FRENCH)).contains(new BigDecimal("1234567"));
        assertThat(decimal("1.234,5", SPANISH)).contains(new BigDecimal("1234.5"));
        assertThat(decimal("1,234.5", Locale.ENGLISH)).contains(new BigDecimal("1234.5"));
        assertThat(decimal("1,234.5", FRENCH)).contains(new BigDecimal("1234.5"));
        assertThat(decimal("-3,75", FRENCH)).contains(new BigDecimal("-3.75"));
        assertThat(decimal("\u22123.75", Locale.ENGLISH)).contains(new BigDecimal("-3.75"));
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void aSingleCommaWithThreeDigitsIsThousandsInEnglishAndADecimalCommaInFrench() {
        assertThat(decimal("1,234", Locale.ENGLISH)).contains(new BigDecimal("1234"));
        assertThat(decimal("1,234", FRENCH)).contains(new BigDecimal("1.234"));
        assertThat(decimal("1,234,567", FRENCH)).contains(new BigDecimal("1234567"));
    }

    @Test
    void malformedNumbersAreReported() {
        for (String bad : List.of("12,5,3", "1.2.3", "abc", "12 kg", "1e5", "--1", "1,23,4")) {
            assertThat(decimal(bad, FRENCH)).as(bad).isEmpty();
        }
        assertThat(problems.total()).isEqualTo(7);
        assertThat(problems.list()).allSatisfy(p -> assertThat(p.reason().key()).isEqualTo("import.error.decimal"));
    }

    @Test
    void decimalsAndIntegersWithinARange() {
        assertThat(cells(FRENCH).decimal(row("36,8"), "c", BigDecimal.valueOf(-90), BigDecimal.valueOf(90))).isPresent();
        assertThat(cells(FRENCH).decimal(row("136,8"), "c", BigDecimal.valueOf(-90), BigDecimal.valueOf(90))).isEmpty();
        assertThat(cells(FRENCH).integer(row("1 234 567"), "c")).contains(1_234_567L);
        assertThat(cells(FRENCH).integer(row("12,0"), "c")).contains(12L);
        assertThat(cells(FRENCH).integer(row("12,5"), "c")).isEmpty();
        assertThat(cells(FRENCH).integer(row("99999999999999999999"), "c")).isEmpty();

        assertThat(problems.list()).extracting(p -> p.reason().key())
                .containsExactlyInAnyOrder("import.error.range", "import.error.integer", "import.error.integer");
    }

    @Test
    void booleansInEveryInterfaceLanguage() {
        for (String yes : List.of("true", "Yes", "OUI", "sí", "si", "نعم", "1", "x", "X", "vrai")) {
            assertThat(cells(FRENCH).bool(row(yes), "c")).as(yes).contains(true);
        }
        for (String no : List.of("false", "no", "Non", "لا", "0", "faux")) {
            assertThat(cells(FRENCH).bool(row(no), "c")).as(no).contains(false);
        }
        assertThat(cells(FRENCH).bool(row(""), "c")).isEmpty();
        assertThat(cells(FRENCH).bool(row("maybe"), "c")).isEmpty();
        assertThat(problems.list()).singleElement().satisfies(p -> assertThat(p.reason().key()).isEqualTo("import.error.bool"));
    }

    @Test
    void urlsMustBeHttpOrHttps() {
        assertThat(cells(FRENCH).url(row("https://www.uclg.org/fr"), "c")).contains("https://www.uclg.org/fr");
        assertThat(cells(FRENCH).urlList(row("http://a.org; https://b.org/x?y=1"), "c")).containsExactly("http://a.org", "https://b.org/x?y=1");
        for (String bad : List.of("javascript:alert(1)", "ftp://a.org", "www.uclg.org", "https://", "http://a b.org", "file:///etc/passwd")) {
            assertThat(cells(FRENCH).url(row(bad), "c")).as(bad).isEmpty();
        }
        assertThat(problems.total()).isEqualTo(6);
    }

    @Test
    void countriesByIsoCodeOrByNameInFourLanguages() {
        for (String tunisia : List.of("TN", "tn", "TUN", "Tunisia", "Tunisie", "Túnez", "tunez", "تونس")) {
            assertThat(cells(FRENCH).countryCode(row(tunisia), "c")).as(tunisia).contains("TN");
        }
        assertThat(cells(FRENCH).countryCode(row("Côte d'Ivoire"), "c")).contains("CI");
        assertThat(cells(FRENCH).countryCodes(row("MA; Gambie; الأردن"), "c")).containsExactly("MA", "GM", "JO");
        assertThat(cells(FRENCH).countryCode(row("Atlantis"), "c")).isEmpty();
        assertThat(cells(FRENCH).countryCode(row("XX"), "c")).isEmpty();
        assertThat(problems.list()).extracting(p -> p.reason().key()).containsOnly("import.error.country").hasSize(2);
    }

    @Test
    void numberedVocabulariesSuchAsGcmObjectivesListTheirNumbersWhenOneIsUnknown() {
        assertThat(cells(FRENCH).numberedVocabularyList(row("1; 5,23; ٧"), "c", Vocabularies.GCM_OBJECTIVE))
                .containsExactly(1, 5, 23, 7);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(cells(FRENCH).numberedVocabularyList(row("4; 24"), "c", Vocabularies.GCR_OBJECTIVE)).containsExactly(4);
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.reason().key()).isEqualTo("import.error.vocabulary");
            assertThat(p.reason().arguments().get(2)).contains("(1)", "(2)", "(3)", "(4)").doesNotContain("(5)");
        });
    }

    @Test
    void numberListsWithinARangeSuchAsGcmObjectives() {
        assertThat(cells(FRENCH).numberList(row("1; 5;23"), "c", 1, 23)).containsExactly(1, 5, 23);
        assertThat(cells(FRENCH).numberList(row("2, 3, 2"), "c", 1, 23)).containsExactly(2, 3);
        assertThat(cells(ARABIC).numberList(row("١، ٧"), "c", 1, 23)).containsExactly(1, 7);
        assertThat(problems.isEmpty()).isTrue();

        assertThat(cells(FRENCH).numberList(row("0; 7; 24; seven"), "c", 1, 23)).containsExactly(7);
        assertThat(problems.list()).extracting(p -> p.reason().arguments().get(0)).containsExactlyInAnyOrder("0", "24", "seven");
    }

    @Test
    void aRequiredCellIsReportedWhenEmpty() {
        assertThat(cells(FRENCH).required(row("x"), "c")).isTrue();
        assertThat(cells(FRENCH).required(row(" "), "c")).isFalse();
        assertThat(problems.list()).singleElement().satisfies(p -> assertThat(p.text()).isEqualTo("A value is required."));
    }
}
