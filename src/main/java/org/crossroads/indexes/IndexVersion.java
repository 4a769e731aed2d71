package org.crossroads.indexes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One numbered version of an index's questionnaire. A draft can be edited; once published it is frozen
 * (the database refuses any change to its dimensions, questions and options) and cities answer it; a
 * retired version takes no new answers but keeps its results. Scores of different versions are never
 * compared.
 *
 * @param revision counts the changes to a draft: the builder's forms carry it (optimistic locking)
 */
public record IndexVersion(long id, long indexId, String indexCode, int number, Status status,
        OffsetDateTime publishedAt, OffsetDateTime retiredAt, int revision, List<IndexDimension> dimensions) {

    public IndexVersion {
        dimensions = List.copyOf(dimensions);
    }

    public enum Status {
        DRAFT, PUBLISHED, RETIRED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    /** Only a published version is answered; a draft is not ready and a retired one is closed. */
    public boolean acceptsResponses() {
        return status == Status.PUBLISHED;
    }

    /** Every question, dimension after dimension. */
    public List<IndexQuestion> questions() {
        return dimensions.stream().flatMap(d -> d.questions().stream()).toList();
    }

    public Optional<IndexDimension> dimension(String code) {
        return dimensions.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public Optional<IndexQuestion> question(String code) {
        return questions().stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /** The dimension a question belongs to. */
    public IndexDimension dimensionOf(IndexQuestion question) {
        return dimensions.stream().filter(d -> d.id() == question.dimensionId()).findFirst().orElseThrow();
    }
}
