package org.crossroads.learning.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.crossroads.learning.LearningEvent;

/** An event's dates as a reader expects them: "July 2016" when only the month is known, else "14 May 2024 – 16 May 2024". */
final class EventDates {

    private EventDates() {
    }

    static String of(LearningEvent e, Locale locale) {
        if ("month".equals(e.datePrecision())) {
            return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(e.startsOn());
        }
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        LocalDate end = e.endsOn();
        return end == null || end.equals(e.startsOn()) ? day.format(e.startsOn())
                : day.format(e.startsOn()) + " – " + day.format(end);
    }
}
