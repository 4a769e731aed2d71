package org.crossroads.learning.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An outcome statement as a form, an import row or another module gives it, before validation. Places
 * are given by reference ({@code Tunis, TN}, {@code geonames:ID}), the network by reference
 * ({@code org:mc2cm}, a name or an acronym), the inspiring initiative by id or external id
 * ({@code init:mc2cm-tca-02-tangeraccueil}), events by id and capability tags by capability code and level.
 *
 * @param changeAgent who changed: a municipality, a department, a group of people
 * @param changeType code of vocabulary {@code change_type}: behaviour, relationship, practice, policy, resources
 * @param significance why the change matters
 * @param contribution how the exchange contributed (contribution, not attribution)
 * @param source who told us; hidden from all but coordinators when {@code chathamHouse}
 * @param network the network whose coordinators validate it; empty to take the organiser network of a linked event
 */
public record OutcomeDraft(String changeAgent, String changeType, String description, LocalDate observedOn,
        String city, String significance, String contribution, String source, String evidence, boolean chathamHouse,
        List<Long> eventIds, List<String> peerCities, String inspiredByCity, String inspiredByInitiative,
        String inspiredByPractice, String network, List<CapabilityTag> capabilities, String language,
        Map<String, Map<String, String>> translations) {

    /** A draft written in English, without translations. */
    public OutcomeDraft(String changeAgent, String changeType, String description, LocalDate observedOn,
            String city, String significance, String contribution, String source, String evidence, boolean chathamHouse,
            List<Long> eventIds, List<String> peerCities, String inspiredByCity, String inspiredByInitiative,
            String inspiredByPractice, String network, List<CapabilityTag> capabilities) {
        this(changeAgent, changeType, description, observedOn, city, significance, contribution, source, evidence,
                chathamHouse, eventIds, peerCities, inspiredByCity, inspiredByInitiative, inspiredByPractice, network,
                capabilities, "en", Map.of());
    }

    public OutcomeDraft {
        language = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(java.util.Locale.ROOT);
        translations = translations == null ? Map.of() : Map.copyOf(translations);
        eventIds = eventIds == null ? List.of() : List.copyOf(eventIds);
        peerCities = peerCities == null ? List.of() : List.copyOf(peerCities);
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
    }

    public OutcomeDraft withChangeType(String newChangeType) {
        return new OutcomeDraft(changeAgent, newChangeType, description, observedOn, city, significance, contribution,
                source, evidence, chathamHouse, eventIds, peerCities, inspiredByCity, inspiredByInitiative,
                inspiredByPractice, network, capabilities, language, translations);
    }

    public OutcomeDraft withNetwork(String newNetwork) {
        return new OutcomeDraft(changeAgent, changeType, description, observedOn, city, significance, contribution,
                source, evidence, chathamHouse, eventIds, peerCities, inspiredByCity, inspiredByInitiative,
                inspiredByPractice, newNetwork, capabilities, language, translations);
    }

    public OutcomeDraft withCapabilities(List<CapabilityTag> newCapabilities) {
        return new OutcomeDraft(changeAgent, changeType, description, observedOn, city, significance, contribution,
                source, evidence, chathamHouse, eventIds, peerCities, inspiredByCity, inspiredByInitiative,
                inspiredByPractice, network, newCapabilities, language, translations);
    }

    /**
     * A capability the change strengthened, at one level.
     *
     * @param capability a capability code of the Five Core Capabilities framework ({@code deliver}), or
     *     {@code framework-code/capability-code} for another framework
     * @param level code of vocabulary {@code capability_level}: individual, institutional or collective
     */
    public record CapabilityTag(String capability, String level) {

        /** Reads {@code deliver:institutional}, as forms and files write a tag. */
        public static CapabilityTag parse(String text) {
            String value = text == null ? "" : text.strip();
            int colon = value.lastIndexOf(':');
            return colon < 0 ? new CapabilityTag(value, "")
                    : new CapabilityTag(value.substring(0, colon).strip(), value.substring(colon + 1).strip());
        }

        @Override
        public String toString() {
            return capability + ":" + level;
        }
    }
}
