package org.crossroads.learning.outcomes;

import org.crossroads.learning.LearningPermissions;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.springframework.stereotype.Component;

/**
 * Statements made under the Chatham House rule may be used, but who said them is not named: their source,
 * who recorded them and who substantiated them are shown only to the coordinators of the outcome's network
 * and to administrators. Everyone else — the public, other editors, even the author — sees
 * {@link OutcomeStatement.Attribution#HIDDEN_SOURCE} and {@link OutcomeStatement.Attribution#HIDDEN_PERSON}.
 */
@Component
public class ChathamHouseRule {

    private final LearningPermissions permissions;

    ChathamHouseRule(LearningPermissions permissions) {
        this.permissions = permissions;
    }

    public boolean revealsAttribution(OutcomeStatement outcome, Optional<Editor> viewer) {
        return !outcome.chathamHouse() || viewer.map(e -> permissions.coordinates(e, outcome.networkId())).orElse(false);
    }

    /** The statement as this viewer may see it. */
    public OutcomeStatement applyTo(OutcomeStatement outcome, Optional<Editor> viewer) {
        return revealsAttribution(outcome, viewer) ? outcome : outcome.withAttributionHidden();
    }
}
