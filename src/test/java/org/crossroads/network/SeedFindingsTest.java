package org.crossroads.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.crossroads.IntegrationTest;
import org.crossroads.directory.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Exploration of the built-in dataset's graph. */
@IntegrationTest
class SeedFindingsTest {

    @Autowired CooperationNetwork network;
    @Autowired Places places;

    @Test
    void explore() {
        NetworkSnapshot s = network.refresh();
        System.out.println("TOOK " + s.took() + " nodes " + s.nodes().size() + " ties " + s.ties().size() + " years " + s.years().keySet());
        GraphView v = s.all();
        for (String route : List.of("central_med", "western_med", "atlantic", "eastern_med")) {
            List<UnderConnectedCity> list = v.underConnected(route, null);
            System.out.println("ROUTE " + route + " " + list.size());
            list.stream().limit(15).forEach(u -> System.out.printf("  %s %s %s %.2f C=%.2f n=%d i=%d p=%d e=%d%n", u.city().name(), u.city().countryCode(), u.city().sizeClass(), u.score(), u.city().connectedness(), u.city().networks(), u.city().initiatives(), u.city().partnerCities(), u.city().events()));
            list.stream().filter(u -> List.of("Tamanrasset", "Agadez", "Dongola", "Kassala").contains(u.city().name()))
                .forEach(u -> System.out.printf("  SEED %s rank %d %.2f C=%.2f %s%n", u.city().name(), list.indexOf(u), u.score(), u.city().connectedness(), u.reasons()));
        }
        List<CityMetrics> byPr = v.ranked(Comparator.comparingDouble(CityMetrics::pageRank));
        long connected = v.cities().values().stream().filter(c -> c.degree() > 0).count();
        System.out.println("CONNECTED " + connected + " of " + v.cities().size());
        for (String name : List.of("Amman", "Athens", "Barcelona", "Bristol", "Freetown", "Gaziantep", "Kampala", "Los Angeles", "New York", "New York City", "Milan", "Montréal", "Montreal", "Zürich", "Rabat", "São Paulo", "Sfax", "Tunis", "Zurich")) {
            byPr.stream().filter(c -> c.name().equals(name)).forEach(c -> System.out.printf("PIVOT %s rank %d deg=%d C=%.2f pr=%.4f btw=%.1f%n", name, byPr.indexOf(c), c.degree(), c.connectedness(), c.pageRank(), c.betweenness()));
        }
        byPr.stream().limit(20).forEach(c -> System.out.printf("TOP %s %s deg=%d C=%.2f pr=%.4f%n", c.name(), c.countryCode(), c.degree(), c.connectedness(), c.pageRank()));
        v.hubs().forEach(h -> System.out.println("HUB " + h.city().name() + " " + h.componentsWithout() + " " + h.reachablePairsWithout() + " vs " + v.components() + " " + v.reachablePairs()));
        v.brokers().forEach(h -> System.out.println("BROKER " + h.city().name() + " " + h.city().betweenness() + " " + h.componentsWithout()));
        v.gaps().stream().filter(GapCountry::isGap).forEach(g -> System.out.println("GAP " + g));
        assertThat(v.cities()).isNotEmpty();
    }
}
