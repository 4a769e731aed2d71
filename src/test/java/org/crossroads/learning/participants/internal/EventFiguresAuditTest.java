package org.crossroads.learning.participants.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossroads.learning.internal.SmallCounts;
import org.crossroads.learning.participants.internal.PublicParticipation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crossroads.learning.LearningSettings;
import org.crossroads.learning.participants.ParticipationStatistics;
import org.crossroads.learning.participants.ParticipationStatistics.EventParticipation;
import org.crossroads.shared.statistics.DisclosureAudit;
import org.crossroads.shared.statistics.SmallCellSuppression.Why;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The attacker of {@code LearningDisclosureAuditTest} against an event's public figures alone, without the
 * database, so that it can try thousands of small events: delegates by city (some without one), gender and
 * position, regions and city roles summed from cities. Every figure {@link PublicParticipation} publishes goes
 * into a {@link DisclosureAudit}; no hidden count may be narrowed below what "&lt;5" says.
 * Tagged {@code slow} (thousands of events): the fast tier leaves it to the full run.
 */
@Tag("slow")
class EventFiguresAuditTest {

    static final int THRESHOLD = 5;
    static final List<String> GENDERS = List.of("woman", "man", "man", "not_stated", "non_binary");
    static final List<String> POSITIONS = List.of("technical", "technical", "political", "other", "unknown");
    static final List<String> REGIONS = List.of("015", "011", "039");
    static final List<String> ROLES = List.of("origin", "transit", "destination");

    final SmallCounts counts = new SmallCounts(new LearningSettings(THRESHOLD, null, null, null, null));
    final PublicParticipation participation = new PublicParticipation(null, counts);

    @Test
    void noHiddenCountOfThousandsOfSmallEventsCanBeWorkedOut() {
        long seed = Long.getLong("learning.audit.seed", System.nanoTime());
        Random random = new Random(seed);
        int hidden = 0;
        for (int n = 0; n < Integer.getInteger("learning.audit.events", 2000); n++) {
            EventParticipation p = event(random, n);
            PublicParticipation.EventFigures f = participation.event(p, true);
            DisclosureAudit audit = new DisclosureAudit(THRESHOLD);
            read(audit, "delegates", f.delegates(), true);
            for (String dimension : List.of("city", "gender", "position", "region")) {
                audit.sum("delegates", p.breakdowns().get(dimension).keySet().stream().map(c -> dimension + ":" + c).toList());
            }
            p.cityCodes().forEach((dimension, codes) -> codes.forEach((code, cities) ->
                    audit.sum(dimension + ":" + code, cities.stream().map(c -> "city:" + c).toList())));
            for (String dimension : p.breakdowns().keySet()) {
                boolean base = PublicParticipation.PROTECTED.contains(dimension);
                for (String code : p.breakdowns().get(dimension).keySet()) {
                    SmallCounts.Count cell = f.cell(dimension, code);
                    hidden += cell.shown() ? 0 : 1;
                    read(audit, dimension + ":" + code, cell, base);
                }
            }
            List<DisclosureAudit.Breach> breaches = audit.breaches();
            assertThat(breaches).as("seed %d, event %d: %s", seed, n, p.breakdowns()).isEmpty();
        }
        assertThat(hidden).isPositive();
    }

    /** A figure as published: exact, "&lt;5", or "x" (at least the threshold when it protects a small one). */
    static void read(DisclosureAudit audit, String cell, SmallCounts.Count count, boolean audited) {
        if (audited || count.shown() || count.why() == Why.SMALL) {
            audit.published(cell, count.value(), count.why());
        }
    }

    /** One to thirty delegates from up to five cities (or none), with regions and roles of their cities. */
    static EventParticipation event(Random random, long id) {
        int cityCount = 1 + random.nextInt(5);
        List<String> regionOf = new ArrayList<>();
        List<List<String>> rolesOf = new ArrayList<>();
        for (int c = 0; c < cityCount; c++) {
            regionOf.add(REGIONS.get(random.nextInt(REGIONS.size())));
            rolesOf.add(ROLES.stream().filter(r -> random.nextInt(3) == 0).toList());
        }
        int delegates = 1 + random.nextInt(random.nextBoolean() ? 8 : 30);
        Map<String, Map<String, Integer>> breakdowns = new LinkedHashMap<>();
        for (String dimension : List.of("gender", "position", "city_role", "region", "city")) {
            breakdowns.put(dimension, new TreeMap<>());
        }
        Map<String, Map<String, Set<String>>> cityCodes = new LinkedHashMap<>();
        cityCodes.put("region", new TreeMap<>());
        cityCodes.put("city_role", new TreeMap<>());
        for (int d = 0; d < delegates; d++) {
            int c = random.nextInt(cityCount + 1) - 1;
            String city = c < 0 ? ParticipationStatistics.NO_CITY : String.valueOf(c);
            String region = c < 0 ? "unknown" : regionOf.get(c);
            List<String> roles = c < 0 || rolesOf.get(c).isEmpty() ? List.of("unknown") : rolesOf.get(c);
            breakdowns.get("city").merge(city, 1, Integer::sum);
            breakdowns.get("gender").merge(GENDERS.get(random.nextInt(GENDERS.size())), 1, Integer::sum);
            breakdowns.get("position").merge(POSITIONS.get(random.nextInt(POSITIONS.size())), 1, Integer::sum);
            breakdowns.get("region").merge(region, 1, Integer::sum);
            cityCodes.get("region").computeIfAbsent(region, k -> new TreeSet<>()).add(city);
            for (String role : roles) {
                breakdowns.get("city_role").merge(role, 1, Integer::sum);
                cityCodes.get("city_role").computeIfAbsent(role, k -> new TreeSet<>()).add(city);
            }
        }
        int cities = (int) breakdowns.get("city").keySet().stream().filter(c -> !c.equals(ParticipationStatistics.NO_CITY)).count();
        return new EventParticipation(id, delegates, delegates, 0, cities, breakdowns, cityCodes);
    }
}
