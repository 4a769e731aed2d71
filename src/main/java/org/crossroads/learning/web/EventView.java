package org.crossroads.learning.web;

import java.util.List;
import org.crossroads.learning.LearningObjective;

/** An event as pages show it, in the reader's language. */
public record EventView(long id, String theme, Link host, String dates, int year, String format, List<String> languages,
        List<String> methods, List<Link> organisers, List<LearningObjective> objectives, String agenda,
        List<String> backgroundDocuments, String learningReport, String source, int version) {

    public record Link(String name, String href) {}
}
