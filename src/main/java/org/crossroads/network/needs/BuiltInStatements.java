package org.crossroads.network.needs;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crossroads.audit.AuditTrail;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.shared.dataset.DatasetSettings;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.Initiatives;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.learning.outcomes.OutcomeStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On first start with the built-in dataset, when no need or offer exists yet: a few illustrative needs and offers
 * derived from the seed reports ({@code network/needs-and-offers.csv}, each row citing its passage), so that a
 * clean clone shows explained peer suggestions. They are statements the platform wrote from the reports, not
 * statements the cities made; docs/network.md says so. After the outcomes ({@code BuiltInOutcomes}) they cite.
 */
@Component
@Order(40)
class BuiltInStatements implements ApplicationRunner {

    static final String FILE = "network/needs-and-offers.csv";
    static final String ACTOR = "built-in dataset";
    private static final Logger log = LoggerFactory.getLogger(BuiltInStatements.class);

    private final NeedStatements needs;
    private final OfferStatements offers;
    private final Places places;
    private final Initiatives initiatives;
    private final OutcomeHarvest outcomes;
    private final AuditTrail audit;
    private final DatasetSettings settings;
    private final JdbcClient jdbc;

    BuiltInStatements(NeedStatements needs, OfferStatements offers, Places places, Initiatives initiatives,
            OutcomeHarvest outcomes, AuditTrail audit, DatasetSettings settings, JdbcClient jdbc) {
        this.needs = needs;
        this.offers = offers;
        this.places = places;
        this.initiatives = initiatives;
        this.outcomes = outcomes;
        this.audit = audit;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!settings.load() || jdbc.sql("select exists(select 1 from need_statement) or exists(select 1 from offer_statement)")
                .query(Boolean.class).single()) {
            return;
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8)) {
            int loaded = 0;
            for (CSVRecord row : format.parse(in)) {
                Optional<Place> city = places.resolve(row.get("city"));
                if (city.isEmpty()) {
                    log.error("Built-in statement on line {} names an unknown city {}", row.getRecordNumber() + 1, row.get("city"));
                    continue;
                }
                load(row, city.get().id());
                loaded++;
            }
            log.info("Loaded {} built-in needs and offers", loaded);
        }
    }

    private void load(CSVRecord row, long placeId) {
        StatementText text = new StatementText(row.get("language"), row.get("title"), row.get("description"), Map.of());
        List<String> themes = list(row.get("themes"));
        List<String> activities = list(row.get("activity_types"));
        List<String> languages = list(row.get("languages"));
        if ("need".equals(row.get("kind"))) {
            String km = row.get("within_km");
            String distance = row.get("max_language_distance");
            NeedConstraints constraints = new NeedConstraints(Boolean.parseBoolean(row.get("same_route")),
                    Boolean.parseBoolean(row.get("south_south")), Boolean.parseBoolean(row.get("similar_size")),
                    km.isBlank() ? null : Integer.valueOf(km), distance.isBlank() ? null : Integer.valueOf(distance));
            Need need = new Need(0, placeId, text, themes, activities, languages, constraints, Need.OPEN, Visibility.PUBLIC,
                    null, null, null, null, 0);
            long id = needs.insert(placeId, need, ACTOR);
            audit.record(NeedEditing.RECORD, id, "created", ACTOR, NeedEditing.snapshot(needs.find(id).orElseThrow()));
        } else {
            Offer offer = new Offer(0, placeId, text, themes, activities, languages, evidence(row, placeId),
                    Boolean.parseBoolean(row.get("contact_consent")), Offer.AVAILABLE, Visibility.PUBLIC, null, null, null, null, 0);
            long id = offers.insert(placeId, offer, ACTOR);
            audit.record(OfferEditing.RECORD, id, "created", ACTOR, OfferEditing.snapshot(offers.find(id).orElseThrow()));
        }
    }

    /** The initiatives named by external id, and the validated outcomes the city inspired in the cities named. */
    private Evidence evidence(CSVRecord row, long placeId) {
        List<Long> initiativeIds = new ArrayList<>();
        for (String externalId : list(row.get("initiatives"))) {
            initiatives.findByExternalId(externalId).filter(Initiative::isPublished).map(Initiative::id)
                    .ifPresentOrElse(initiativeIds::add, () -> log.error("Built-in offer names an unknown initiative {}", externalId));
        }
        Set<Long> inspiredIn = new java.util.HashSet<>();
        list(row.get("outcomes_inspired_in")).forEach(ref -> places.resolve(ref).ifPresent(p -> inspiredIn.add(p.id())));
        List<Long> outcomeIds = outcomes.inspiredBy(placeId).stream().filter(OutcomeStatement::isValidated)
                .filter(o -> o.placeId() != null && inspiredIn.contains(o.placeId())).map(OutcomeStatement::id).toList();
        return new Evidence(initiativeIds, outcomeIds, List.of());
    }

    private static List<String> list(String cell) {
        return cell == null ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
