package org.crossroads.audit;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Turns the actor recorded with a change (a login username, or a name such as "built-in dataset") into the
 * name readers may see. The accounts module implements it; a record's history, which is public, shows only
 * these names, never login usernames.
 */
@org.springframework.modulith.NamedInterface("api")
public interface ActorNames {

    /** One lookup for a whole page: actor → the name shown in {@code locale}. */
    UnaryOperator<String> forReaders(Locale locale);
}
