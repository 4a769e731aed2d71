package org.crossroads.learning.events.web;

import java.util.List;
import org.crossroads.learning.events.LearningObjective;
import org.crossroads.shared.vocabulary.ShownText;

/**
 * An event as pages show it, in the reader's language: labels, and its texts where translated (else as written, which
 * pages mark).
 */
public record EventView(long id, ShownText theme, Link host, String dates, int year, String format, List<String> languages,
        List<String> methods, List<Link> organisers, List<LearningObjective> objectives, ShownText agenda,
        List<String> backgroundDocuments, ShownText learningReport, String source, int version) {

    public record Link(String name, String href) {}
}
