package org.crossroads.learning.capabilities;

import org.crossroads.learning.LearningFiguresChanged;
import org.crossroads.learning.LearningPermissions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.directory.Places;
import org.crossroads.learning.capabilities.CapabilityFramework.CapabilityIndicator;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cities' capability self-assessments: one per city, framework and period, with a score and evidence per
 * indicator. Saving checks access ({@link LearningPermissions#mayAssess}), every field and the version the
 * editor saw, and is audited. The readings (a city's trend, the network's trend, the capability by level
 * heat map) are public: they are the cities' own statements.
 */
@Service
public class CapabilityAssessments {

    static final String RECORD = "capability_assessment";
    static final int MAX_EVIDENCE = 5000;

    private final JdbcClient jdbc;
    private final CapabilityFrameworks frameworks;
    private final CapabilityFigures figures;
    private final LearningPermissions permissions;
    private final Places places;
    private final AuditTrail audit;
    private final ApplicationEventPublisher publisher;

    CapabilityAssessments(JdbcClient jdbc, CapabilityFrameworks frameworks, CapabilityFigures figures,
            LearningPermissions permissions, Places places, AuditTrail audit, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.figures = figures;
        this.permissions = permissions;
        this.places = places;
        this.audit = audit;
        this.publisher = publisher;
    }

    /**
     * Stores the city's assessment for the draft's framework and period, replacing the one there is (all
     * its scores) when the draft was made from its current version.
     *
     * @return the assessment's id
     * @throws AccessDeniedException when the editor may not assess this city
     * @throws InvalidEntryException naming the fields {@code period}, {@code score_<indicator code>},
     *     {@code evidence_<indicator code>}, {@code scores}, {@code framework} or {@code place}; nothing is stored
     * @throws ConcurrentEditException when someone saved the assessment after the editor opened it
     */
    @Transactional(noRollbackFor = InvalidEntryException.class)
    public long save(AssessmentDraft draft, Editor editor) {
        if (!permissions.mayAssess(editor, draft.placeId())) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not assess place " + draft.placeId());
        }
        List<CheckedScore> scores = check(draft);
        String period = draft.period().strip();
        Optional<Head> current = jdbc.sql("""
                select id, version from capability_assessment
                where framework_id = :f and place_id = :p and period = :period for update""")
                .param("f", draft.frameworkId()).param("p", draft.placeId()).param("period", period)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getInt(2))).optional();
        long id;
        if (current.isEmpty()) {
            Optional<Long> inserted = jdbc.sql("""
                    insert into capability_assessment (framework_id, place_id, period, assessed_by)
                    values (:f, :p, :period, :actor) on conflict do nothing returning id""")
                    .param("f", draft.frameworkId()).param("p", draft.placeId()).param("period", period)
                    .param("actor", editor.username()).query(Long.class).optional();
            if (inserted.isEmpty()) {
                // someone else created it in the meantime: theirs is not overwritten unseen
                throw new ConcurrentEditException(RECORD, idOf(draft.placeId(), draft.frameworkId(), period));
            }
            id = inserted.get();
        } else {
            id = current.get().id();
            if (draft.expectedVersion() == null || draft.expectedVersion() != current.get().version()
                    || jdbc.sql("""
                            update capability_assessment set assessed_by = :actor, assessed_at = now(), version = version + 1
                            where id = :id and version = :v""")
                            .param("actor", editor.username()).param("id", id).param("v", current.get().version())
                            .update() != 1) {
                throw new ConcurrentEditException(RECORD, id);
            }
            jdbc.sql("delete from capability_score where assessment_id = :id").param("id", id).update();
        }
        for (CheckedScore s : scores) {
            jdbc.sql("""
                    insert into capability_score (assessment_id, indicator_id, score, evidence)
                    values (:a, :i, :s, :e)""")
                    .param("a", id).param("i", s.indicatorId()).param("s", s.score()).param("e", s.evidence()).update();
        }
        audit.record(RECORD, id, "saved", editor.username(), find(id).orElseThrow());
        publisher.publishEvent(new LearningFiguresChanged(RECORD, id));
        return id;
    }

    /** Every problem of a draft, saving nothing: what {@link #save} would refuse it for (access aside). */
    public List<FieldError> problems(AssessmentDraft draft) {
        try {
            check(draft);
            return List.of();
        } catch (InvalidEntryException e) {
            return e.errors();
        }
    }

    /** Why the period cannot be assessed (format, or after the current year), if it cannot. */
    public Optional<FieldError> periodProblem(String period) {
        return Periods.problem(period, Year.now().getValue());
    }

    public Optional<CapabilityAssessment> find(long placeId, long frameworkId, String period) {
        return jdbc.sql(SELECT + " where place_id = :p and framework_id = :f and period = :period")
                .param("p", placeId).param("f", frameworkId).param("period", period == null ? "" : period.strip())
                .query(CapabilityAssessments::head).optional().map(this::withScores);
    }

    public Optional<CapabilityAssessment> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(CapabilityAssessments::head).optional()
                .map(this::withScores);
    }

    /** All the city's assessments in this framework, oldest period first. */
    public List<CapabilityAssessment> ofPlace(long placeId, long frameworkId) {
        return jdbc.sql(SELECT + " where place_id = :p and framework_id = :f order by " + Periods.orderBy("period"))
                .param("p", placeId).param("f", frameworkId).query(CapabilityAssessments::head).list().stream()
                .map(this::withScores).toList();
    }

    /** The periods the city assessed in this framework, oldest first. */
    public List<String> periodsOf(long placeId, long frameworkId) {
        return jdbc.sql("select period from capability_assessment where place_id = :p and framework_id = :f order by "
                + Periods.orderBy("period")).param("p", placeId).param("f", frameworkId).query(String.class).list();
    }

    /** Whether the city assessed itself in any framework. */
    public boolean hasAssessments(long placeId) {
        return jdbc.sql("select exists (select 1 from capability_assessment where place_id = :p)").param("p", placeId)
                .query(Boolean.class).single();
    }

    /** Whether any of these cities assessed itself in any framework. */
    public boolean anyAssessed(Collection<Long> placeIds) {
        return !placeIds.isEmpty() && jdbc.sql("select exists (select 1 from capability_assessment where place_id = any(:ids))")
                .param("ids", placeIds.toArray(Long[]::new)).query(Boolean.class).single();
    }

    /** The city's averages per capability, per level and its score per indicator, period after period. */
    public CapabilityTrend trend(long placeId, long frameworkId) {
        return figures.trend(placeId, frameworkId);
    }

    /**
     * Per period, the cities' capability averages and how many cities assessed themselves.
     *
     * @param placeIds the cities to count in (for example a network's members), or null for all cities
     */
    public NetworkCapabilityTrend networkTrend(long frameworkId, Collection<Long> placeIds) {
        return figures.networkTrend(frameworkId, placeIds);
    }

    /**
     * The average score per capability and level over each city's latest assessment, with the number of
     * cities behind each cell.
     *
     * @param placeIds the cities to count in, or null for all cities
     */
    public CapabilityHeatMap heatMap(long frameworkId, Collection<Long> placeIds) {
        return figures.heatMap(frameworkId, placeIds);
    }

    private List<CheckedScore> check(AssessmentDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        Optional<CapabilityFramework> framework = frameworks.find(draft.frameworkId());
        if (framework.isEmpty()) {
            errors.add(FieldError.of("framework", "capabilities.error.unknownFramework", String.valueOf(draft.frameworkId())));
        }
        if (places.find(draft.placeId()).isEmpty()) {
            errors.add(FieldError.of("place", "capabilities.error.unknownPlace", String.valueOf(draft.placeId())));
        }
        periodProblem(draft.period()).ifPresent(errors::add);
        Map<String, CapabilityIndicator> indicators = framework.map(f -> f.indicators().stream()
                .collect(Collectors.toMap(CapabilityIndicator::code, Function.identity()))).orElse(Map.of());
        int scaleMax = framework.map(CapabilityFramework::scaleMax).orElse(5);
        List<CheckedScore> scores = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AssessmentDraft.Entry entry : draft.entries()) {
            String code = entry.indicatorCode() == null ? "" : entry.indicatorCode().strip();
            String evidence = entry.evidence() == null || entry.evidence().isBlank() ? null : entry.evidence().strip();
            if (entry.score() == null && evidence == null) {
                continue;
            }
            CapabilityIndicator indicator = indicators.get(code);
            if (indicator == null) {
                if (framework.isPresent()) {
                    errors.add(FieldError.of("score_" + code, "capabilities.error.unknownIndicator", code));
                }
                continue;
            }
            if (!seen.add(code)) {
                errors.add(FieldError.of("score_" + code, "capabilities.error.duplicateIndicator", code));
                continue;
            }
            boolean valid = true;
            if (entry.score() == null) {
                errors.add(FieldError.of("score_" + code, "capabilities.error.scoreForEvidence"));
                valid = false;
            } else if (entry.score() < 1 || entry.score() > scaleMax) {
                errors.add(FieldError.of("score_" + code, "capabilities.error.score", String.valueOf(entry.score()),
                        String.valueOf(scaleMax)));
                valid = false;
            }
            if (evidence != null && evidence.codePointCount(0, evidence.length()) > MAX_EVIDENCE) {
                errors.add(FieldError.of("evidence_" + code, "capabilities.error.evidenceTooLong",
                        String.valueOf(MAX_EVIDENCE)));
                valid = false;
            }
            if (valid) {
                scores.add(new CheckedScore(indicator.id(), entry.score(), evidence));
            }
        }
        if (draft.entries().stream().noneMatch(e -> e.score() != null)) {
            errors.add(FieldError.of("scores", "capabilities.error.noScore"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        return scores;
    }

    private long idOf(long placeId, long frameworkId, String period) {
        return find(placeId, frameworkId, period).map(CapabilityAssessment::id).orElse(0L);
    }

    private CapabilityAssessment withScores(CapabilityAssessment head) {
        List<CapabilityAssessment.Score> scores = jdbc.sql("""
                select s.indicator_id, i.code, s.score, s.evidence
                from capability_score s join capability_indicator i on i.id = s.indicator_id
                     join capability c on c.id = i.capability_id
                where s.assessment_id = :a order by c.position, i.position""").param("a", head.id())
                .query((rs, n) -> new CapabilityAssessment.Score(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getString(4))).list();
        return new CapabilityAssessment(head.id(), head.frameworkId(), head.placeId(), head.period(), head.assessedBy(),
                head.assessedAt(), head.version(), scores);
    }

    private static final String SELECT = """
            select id, framework_id, place_id, period, assessed_by, assessed_at, version from capability_assessment""";

    private static CapabilityAssessment head(ResultSet rs, int row) throws SQLException {
        return new CapabilityAssessment(rs.getLong("id"), rs.getLong("framework_id"), rs.getLong("place_id"),
                rs.getString("period"), rs.getString("assessed_by"), rs.getObject("assessed_at", OffsetDateTime.class),
                rs.getInt("version"), List.of());
    }

    private record Head(long id, int version) {}

    private record CheckedScore(long indicatorId, int score, String evidence) {}
}
