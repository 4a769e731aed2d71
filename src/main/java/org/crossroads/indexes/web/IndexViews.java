package org.crossroads.indexes.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crossroads.indexes.IndexAnswerOption;
import org.crossroads.indexes.IndexDimension;
import org.crossroads.indexes.IndexQuestion;
import org.crossroads.indexes.IndexVersion;
import org.crossroads.indexes.QuestionKind;
import org.crossroads.indexes.SelfAssessmentIndex;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns indexes, versions and scores into what the pages show: texts in the reader's language, numbered
 * dimensions and questions (1, 1.1…), scores with one decimal and the digits 0–9 in every language, periods
 * as words.
 */
@Component
class IndexViews {

    private final MessageSource messages;

    IndexViews(MessageSource messages) {
        this.messages = messages;
    }

    record IndexView(String code, String name, String description, boolean official, String notice) {}

    record VersionView(int number, String status, String statusLabel, List<DimensionView> dimensions) {}

    record DimensionView(int number, String code, String name, String description, String weight,
            List<QuestionView> questions) {}

    /** @param number "2.3": dimension and question */
    record QuestionView(String number, String code, String prompt, String kind, String kindLabel, String weight,
            boolean required, List<OptionView> options) {}

    /** @param band for a number-range question, "1–2" or "6 or more"; else null */
    record OptionView(String code, String label, int score, String band) {}

    IndexView index(SelfAssessmentIndex index, Locale locale) {
        return new IndexView(index.code(), index.name().in(locale), index.description().in(locale), index.official(),
                index.notice().in(locale));
    }

    VersionView version(IndexVersion version, Locale locale) {
        List<DimensionView> dimensions = new ArrayList<>();
        for (int d = 0; d < version.dimensions().size(); d++) {
            IndexDimension dimension = version.dimensions().get(d);
            List<QuestionView> questions = new ArrayList<>();
            for (int q = 0; q < dimension.questions().size(); q++) {
                questions.add(question(dimension.questions().get(q), (d + 1) + "." + (q + 1), locale));
            }
            dimensions.add(new DimensionView(d + 1, dimension.code(), dimension.name().in(locale),
                    dimension.description().in(locale), number(dimension.weight(), locale), questions));
        }
        return new VersionView(version.number(), version.status().code(), status(version, locale), dimensions);
    }

    QuestionView question(IndexQuestion question, String number, Locale locale) {
        return new QuestionView(number, question.code(), question.prompt().in(locale), question.kind().code(),
                kind(question.kind(), locale), number(question.weight(), locale), question.required(),
                question.options().stream().map(o -> option(question, o, locale)).toList());
    }

    OptionView option(IndexQuestion question, IndexAnswerOption option, Locale locale) {
        String band = question.kind() == QuestionKind.NUMBER_RANGE ? band(option, locale) : null;
        String label = option.label().in(locale);
        return new OptionView(option.code(), label.isBlank() && band != null ? band : label, option.score(), band);
    }

    String band(IndexAnswerOption option, Locale locale) {
        if (option.lowerBound() == null) {
            return "";
        }
        if (option.upperBound() == null) {
            return message("indexes.band.open", locale, number(option.lowerBound(), locale));
        }
        if (option.upperBound().compareTo(option.lowerBound()) == 0) {
            return number(option.lowerBound(), locale);
        }
        return message("indexes.band.range", locale, number(option.lowerBound(), locale), number(option.upperBound(), locale));
    }

    String kind(QuestionKind kind, Locale locale) {
        return message("indexes.kind." + kind.code(), locale);
    }

    String status(IndexVersion version, Locale locale) {
        return message("indexes.status." + version.status().code(), locale);
    }

    /** A score with one decimal ("62.5", "62,5"), or "—". */
    String score(BigDecimal value, Locale locale) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(latinDigits(locale));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A weight or bound as typed: up to two decimals, none when whole. */
    String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(latinDigits(locale));
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** "2024", or "2024 H1" in the reader's language. */
    String period(String period, Locale locale) {
        if (period != null && period.length() == 7) {
            return message("indexes.period.half", locale, period.substring(0, 4), period.substring(6));
        }
        return period;
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private static Locale latinDigits(Locale locale) {
        // digits 0-9 in every language (Arabic in the Maghreb writes them so), the language's decimal sign
        return new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build();
    }
}
