package org.crossroads.inventory.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.InitiativeChanged;
import org.crossroads.inventory.Initiatives;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What a public initiative page shows, kept for a minute per language: the most visited pages then
 * need no database round trip. A change to the initiative evicts it at once; changes to the names of
 * its places or organisations show within the minute.
 */
@Component
class PublicInitiativePages {

    private record Key(long id, String language) {}

    private final Cache<Key, InitiativeCard> cards = Caffeine.newBuilder()
            .maximumSize(20_000).expireAfterWrite(Duration.ofMinutes(1)).build();
    private final Initiatives initiatives;
    private final InitiativeCards cardMaker;

    PublicInitiativePages(Initiatives initiatives, InitiativeCards cardMaker) {
        this.initiatives = initiatives;
        this.cardMaker = cardMaker;
    }

    /** The card of a published initiative, or empty when it is unknown or not published. */
    Optional<InitiativeCard> published(long id, Locale locale) {
        Key key = new Key(id, locale.getLanguage());
        InitiativeCard cached = cards.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Initiative> initiative = initiatives.find(id).filter(Initiative::isPublished);
        initiative.ifPresent(i -> cards.put(key, cardMaker.of(i, locale)));
        return initiative.map(i -> cards.getIfPresent(key));
    }

    @TransactionalEventListener
    void on(InitiativeChanged changed) {
        cards.asMap().keySet().removeIf(k -> k.id() == changed.initiativeId());
    }
}
