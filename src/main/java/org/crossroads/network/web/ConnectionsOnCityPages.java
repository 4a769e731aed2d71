package org.crossroads.network.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.directory.RelatedRecords;
import org.crossroads.network.CityMetrics;
import org.crossroads.network.CooperationNetwork;
import org.crossroads.network.Node;
import org.crossroads.network.NetworkSnapshot;
import org.crossroads.network.Reason;
import org.crossroads.network.Tie;
import org.crossroads.network.TieKind;
import org.crossroads.network.UnderConnectedCity;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The "Connections" section of a city page: what the cooperation graph says about the city in words, the
 * routes on which it is under-connected, and the cities it is most strongly tied to, with how.
 */
@Component
class ConnectionsOnCityPages implements RelatedRecords {

    static final int STRONGEST = 10;

    private final CooperationNetwork network;
    private final NetworkTexts texts;
    private final MessageSource messages;

    ConnectionsOnCityPages(CooperationNetwork network, NetworkTexts texts, MessageSource messages) {
        this.network = network;
        this.texts = texts;
        this.messages = messages;
    }

    @Override
    public List<Section> forPlace(long placeId, Locale locale) {
        Optional<NetworkSnapshot> latest = network.latest();
        if (latest.isEmpty()) {
            return List.of(new Section("network.connections.title", List.of(new Item(
                    messages.getMessage("network.connections.computing", null, locale), "/network/under-connected", null))));
        }
        NetworkSnapshot snapshot = latest.get();
        Optional<CityMetrics> found = snapshot.all().city(placeId);
        if (found.isEmpty()) {
            return List.of();
        }
        CityMetrics city = found.get();
        List<Item> items = new ArrayList<>();
        items.add(new Item(texts.reasons(List.of(Reason.of("network.reason.networks", city.networks()),
                Reason.of("network.reason.initiatives", city.initiatives()), Reason.of("network.reason.partners", city.partnerCities()),
                Reason.of("network.reason.events", city.events())), locale),
                "/api/network/cities/" + placeId, messages.getMessage("network.connections.figures", null, locale)));
        for (UnderConnectedCity u : snapshot.all().underConnected()) {
            if (u.city().placeId() == placeId) {
                items.add(new Item(texts.reason(Reason.of("network.connections.underConnected",
                        new Reason.Label("route", u.route()), texts.percent(u.score())), locale),
                        "/network/under-connected?route=" + u.route() + "&country=" + city.countryCode(), null));
            }
        }
        items.add(new Item(messages.getMessage("matching.link.city", null, locale), "/cities/" + placeId + "/peers", null));
        strongest(snapshot, placeId).forEach((other, kinds) -> {
            Node node = snapshot.nodes().get(Node.placeKey(other));
            items.add(new Item(node.name(), "/cities/" + other, String.join(", ", kinds.stream()
                    .map(k -> k.via() == null ? texts.tieKind(k.kind(), locale) : texts.tieKind(k.kind(), locale) + " (" + k.via() + ")")
                    .toList())));
        });
        return List.of(new Section("network.connections.title", items));
    }

    private record KindVia(TieKind kind, String via) {}

    /** The cities most strongly tied to the city (sum of tie weights, fellow network members included), with how. */
    private static Map<Long, Set<KindVia>> strongest(NetworkSnapshot snapshot, long placeId) {
        String key = Node.placeKey(placeId);
        Map<Long, Double> weight = new LinkedHashMap<>();
        Map<Long, Set<KindVia>> how = new LinkedHashMap<>();
        for (Tie t : snapshot.tiesOf(placeId)) {
            String other = t.other(key);
            if (t.kind() == TieKind.MEMBERSHIP) {
                List<Tie> members = snapshot.ties().stream().filter(m -> m.kind() == TieKind.MEMBERSHIP && m.to().equals(t.to())
                        && !m.from().equals(key)).toList();
                for (Tie m : members) {
                    long city = Long.parseLong(m.from().substring(6));
                    weight.merge(city, 1.0 / members.size(), Double::sum);
                    how.computeIfAbsent(city, c -> new LinkedHashSet<>()).add(new KindVia(TieKind.MEMBERSHIP, t.via()));
                }
            } else if (other.startsWith("place:")) {
                long city = Long.parseLong(other.substring(6));
                weight.merge(city, t.weight(), Double::sum);
                how.computeIfAbsent(city, c -> new LinkedHashSet<>()).add(new KindVia(t.kind(), t.via()));
            }
        }
        Map<Long, Set<KindVia>> strongest = new LinkedHashMap<>();
        weight.entrySet().stream().sorted(Map.Entry.<Long, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(STRONGEST).forEach(e -> strongest.put(e.getKey(), how.get(e.getKey())));
        return strongest;
    }

    @Override
    public List<Section> forOrganisation(long organisationId, Locale locale) {
        return List.of();
    }
}
