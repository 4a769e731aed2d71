package org.crossroads.accounts;

import java.util.List;
import java.util.Optional;

/**
 * Finds the organisation a network coordinator works for and the city a focal point works for. The
 * directory implements it, so accounts need not depend on the directory.
 */
@org.springframework.modulith.NamedInterface("api")
public interface Affiliations {

    Optional<Affiliation> organisation(String reference);

    Optional<Affiliation> place(String reference);

    Optional<String> organisationName(long id);

    Optional<String> placeName(long id);

    /** The networks, by short name, that a person asking for an account may say they work with. */
    List<Affiliation> networks();

    record Affiliation(long id, String name) {}
}
