package org.crossroads.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.crossroads.IntegrationTest;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.network.web.NetworkTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The under-connected reasons read as sentences in the four languages, with plural forms and digits 0–9. */
@IntegrationTest
class NetworkReasonsTest {

    static final Locale AR = Locale.forLanguageTag("ar");
    static final Locale ES = Locale.forLanguageTag("es");

    @Autowired NetworkTexts texts;
    @Autowired CooperationNetwork network;
    @Autowired Places places;

    @Test
    void countsTakeThePluralFormsOfEachLanguage() {
        assertThat(texts.reason(Reason.of("network.reason.networks", 0), Locale.ENGLISH)).isEqualTo("member of no network");
        assertThat(texts.reason(Reason.of("network.reason.networks", 1), Locale.ENGLISH)).isEqualTo("member of one network");
        assertThat(texts.reason(Reason.of("network.reason.networks", 3), Locale.ENGLISH)).isEqualTo("member of 3 networks");
        assertThat(texts.reason(Reason.of("network.reason.initiatives", 1), Locale.FRENCH)).isEqualTo("une initiative");
        assertThat(texts.reason(Reason.of("network.reason.initiatives", 2), Locale.FRENCH)).isEqualTo("2 initiatives");
        assertThat(texts.reason(Reason.of("network.reason.partners", 0), ES)).isEqualTo("ninguna ciudad socia");
        assertThat(texts.reason(Reason.of("network.reason.networks", 2), AR)).isEqualTo("عضو في شبكتين");
        assertThat(texts.reason(Reason.of("network.reason.networks", 5), AR)).isEqualTo("عضو في 5 شبكات");
        assertThat(texts.reason(Reason.of("network.reason.nearest", 1340L, "Sfax"), AR)).contains("1,340 كم").contains("Sfax");
        assertThat(texts.reason(Reason.of("network.reason.nearest", 340L, "Sfax"), Locale.ENGLISH))
                .isEqualTo("the nearest city in a network is 340 km away (Sfax)");
    }

    @Test
    void aRoleIsWrittenWithTheRouteInTheReadersLanguageAndSaysWhenItComesFromTheCountry() {
        Reason own = Reason.of("network.reason.role.transit", new Reason.Label("route", "central_med"));
        assertThat(texts.reason(own, Locale.ENGLISH)).isEqualTo("transit city on the Central Mediterranean route");
        assertThat(texts.reason(own, Locale.FRENCH)).isEqualTo("ville de transit sur la route de la Méditerranée centrale");
        assertThat(texts.reason(own, ES)).isEqualTo("ciudad de tránsito en la ruta del Mediterráneo central");
        assertThat(texts.reason(own, AR)).isEqualTo("مدينة عبور على طريق وسط البحر الأبيض المتوسط");
        Reason country = Reason.of("network.reason.role.destination.country", new Reason.Label("route", "western_med"),
                new Reason.Label("country", "ES"));
        assertThat(texts.reason(country, Locale.ENGLISH)).isEqualTo("destination city on the Western Mediterranean route, as a city of Spain");
    }

    @Test
    void kassalasReasonsReadWholeInEveryLanguage() {
        Place kassala = places.resolve("Kassala, SD").orElseThrow();
        UnderConnectedCity u = network.refresh().all().underConnected("central_med", "SD").stream()
                .filter(c -> c.city().placeId() == kassala.id()).findFirst().orElseThrow();
        assertThat(texts.reasons(u.reasons(), Locale.ENGLISH)).startsWith("member of no network; one initiative; no partner city; "
                + "at no peer-learning event; no tie to any other city on record; the nearest city in a network is ")
                .endsWith("transit city on the Central Mediterranean route; destination city on the Central Mediterranean route");
        for (Locale language : List.of(Locale.FRENCH, ES, AR)) {
            String text = texts.reasons(u.reasons(), language);
            assertThat(text).as(language.toString()).doesNotContain("{", "}", "network.reason")
                    .doesNotContainPattern("[\u0660-\u0669\u06F0-\u06F9]");
        }
        assertThat(texts.reasons(u.reasons(), AR)).startsWith("ليست عضوًا في أي شبكة؛ مبادرة واحدة؛");
    }
}
