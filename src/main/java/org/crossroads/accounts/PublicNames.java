package org.crossroads.accounts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.crossroads.audit.ActorNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The name the public sees for an editor: the display name, or, while an older account has not given one
 * (its display name is still its username), the organisation it works for, its city, or "A Crossroads
 * editor". Login usernames never reach a public page, export or API response: every output that names an
 * author goes through here. Actors that are not accounts ("built-in dataset") are shown as they are.
 */
@org.springframework.modulith.NamedInterface("api")
@Component
public class PublicNames implements ActorNames {

    static final String ANONYMOUS_EDITOR = "accounts.publicName.editor";

    private final Accounts accounts;
    private final Affiliations affiliations;
    private final MessageSource messages;

    PublicNames(Accounts accounts, Affiliations affiliations, MessageSource messages) {
        this.accounts = accounts;
        this.affiliations = affiliations;
        this.messages = messages;
    }

    /**
     * For a whole page or export: actor → the name the public sees. Each actor is looked up once, when first
     * named, so a page pays for the authors it shows, not for every account.
     */
    @Override
    public UnaryOperator<String> forReaders(Locale locale) {
        Map<String, String> names = new HashMap<>();
        return actor -> actor == null ? null : names.computeIfAbsent(key(actor),
                k -> accounts.publicAccount(actor).map(account -> publicName(account, locale)).orElse(actor));
    }

    /** For a single name; pages naming several authors take {@link #forReaders(Locale)} once. */
    public String of(String actor, Locale locale) {
        return forReaders(locale).apply(actor);
    }

    private String publicName(Accounts.PublicAccount account, Locale locale) {
        String display = account.displayName() == null ? "" : account.displayName().strip();
        if (!display.isEmpty() && !display.equalsIgnoreCase(account.username())) {
            return display;
        }
        if (account.organisationId() != null) {
            var organisation = affiliations.organisationName(account.organisationId());
            if (organisation.isPresent()) {
                return organisation.get();
            }
        }
        if (account.placeId() != null) {
            var place = affiliations.placeName(account.placeId());
            if (place.isPresent()) {
                return place.get();
            }
        }
        return messages.getMessage(ANONYMOUS_EDITOR, null, "A Crossroads editor", locale);
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
