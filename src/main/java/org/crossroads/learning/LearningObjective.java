package org.crossroads.learning;

/** Who needs to learn what, set before the event ("technical staff of transit cities: map local actors"). */
public record LearningObjective(String audience, String objective) {
}
