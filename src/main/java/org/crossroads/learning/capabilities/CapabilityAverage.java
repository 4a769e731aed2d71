package org.crossroads.learning.capabilities;

/**
 * An average score.
 *
 * @param key what was averaged: a capability code, a level (individual, institutional, collective) or an
 *     indicator code
 * @param average rounded to two decimals
 * @param count how many scores (in a city's trend) or cities (in network figures) it is the average of
 */
public record CapabilityAverage(String key, double average, int count) {
}
