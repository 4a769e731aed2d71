package org.crossroads.learning.events.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.crossroads.learning.events.LearningEvent;

/** An event's dates as a reader expects them: "July 2016" when only the month is known, else "14 May 2024 – 16 May 2024". */
public final class EventDates {

    private EventDates() {
    }

    public static String of(LearningEvent e, Locale locale) {
        if ("month".equals(e.datePrecision())) {
            return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(e.startsOn());
        }
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        LocalDate end = e.endsOn();
        return end == null || end.equals(e.startsOn()) ? day.format(e.startsOn())
                : day.format(e.startsOn()) + " – " + day.format(end);
    }
}
