package org.crossroads.learning.dashboards.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What an empty dashboard table tells its reader (issue 12 §3): why there is nothing yet and who adds it, and, to
 * those who may add it (an event's organisers), a link to where they do. Tables are grouped by what fills them:
 * registrations, the feedback survey, outcome harvesting, peer ratings, capability self-assessments.
 */
@Component
class EmptyStates {

    /** The dashboard an empty table is on, and whether its reader runs it (an event's organisers, coordinators). */
    record Context(String kind, long id, boolean runs) {}

    private final MessageSource messages;

    EmptyStates(MessageSource messages) {
        this.messages = messages;
    }

    List<Dashboard.Table> explain(List<Dashboard.Table> tables, Context context, Locale locale) {
        return tables.stream().map(t -> t.isEmpty() ? explain(t, context, locale) : t).toList();
    }

    private Dashboard.Table explain(Dashboard.Table table, Context context, Locale locale) {
        String group = group(table.id());
        String why = messages.getMessage("learning.dash.empty." + context.kind() + "." + group, null,
                messages.getMessage("learning.dash.empty." + group, null, locale), locale);
        String href = context.runs() ? href(group, context) : null;
        Dashboard.Link action = href == null ? null
                : new Dashboard.Link(messages.getMessage("learning.dash.emptyAction." + group, null, locale), href);
        return table.explained(why, action);
    }

    /** What fills a table, from its id. */
    static String group(String id) {
        if (id.startsWith("by-") || id.startsWith("diversity-") || id.equals("participation")) {
            return "participants";
        }
        if (id.startsWith("outcomes")) {
            return "outcomes";
        }
        if (id.equals("capability-trend") || id.equals("heat-map")) {
            return "capabilities";
        }
        return switch (id) {
            case "feedback", "ratings", "timeline" -> id;
            default -> "other";
        };
    }

    /** Where an event's organisers add what the table lacks; other dashboards show the reason only. */
    private static String href(String group, Context context) {
        if (!"event".equals(context.kind())) {
            return null;
        }
        long id = context.id();
        return switch (group) {
            case "participants" -> "/events/" + id + "/participants";
            case "feedback" -> "/events/" + id + "/surveys";
            case "outcomes" -> "/outcomes/new?event=" + id;
            case "ratings" -> "/events/" + id + "/ratings";
            default -> null;
        };
    }
}
