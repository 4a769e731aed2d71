package org.crossroads.shared.tabular;

import java.util.Locale;

/**
 * Who runs an import and how.
 *
 * @param actor username recorded as author of every change
 * @param locale the user's language, for numbers and dates written the local way
 * @param propose store new records as proposals for a coordinator to publish (contributors)
 */
public record ImportContext(String actor, Locale locale, boolean propose) {
}
