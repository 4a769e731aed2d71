package org.crossroads.learning;

/**
 * Something the learning figures are computed from changed: an event, a registration or attendance, an
 * outcome's status or content, a survey answer, a self-assessment or a peer rating. Published by the
 * service that made the change, in its transaction; caches of public figures drop what they kept once
 * it commits.
 *
 * @param record the kind of record changed, as the audit trail names it ("learning_event", "outcome_statement"…)
 * @param recordId its id
 */
@org.springframework.modulith.NamedInterface("api")
public record LearningFiguresChanged(String record, long recordId) {}
