package org.crossroads.accounts;

import java.util.Optional;

/**
 * Finds the organisation a network coordinator works for and the city a focal point works for. The
 * directory implements it, so accounts need not depend on the directory.
 */
public interface Affiliations {

    Optional<Affiliation> organisation(String reference);

    Optional<Affiliation> place(String reference);

    Optional<String> organisationName(long id);

    Optional<String> placeName(long id);

    record Affiliation(long id, String name) {}
}
