package org.crossroads.learning.events;

/** Who needs to learn what, set before the event ("technical staff of transit cities: map local actors"). */
@org.springframework.modulith.NamedInterface("api")
public record LearningObjective(String audience, String objective) {
}
