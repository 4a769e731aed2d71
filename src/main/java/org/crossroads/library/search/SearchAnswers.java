package org.crossroads.library.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Locale;
import java.util.function.Supplier;
import org.crossroads.shared.search.SearchGeneration;
import org.springframework.stereotype.Component;

/**
 * The one search's answers to anonymous readers, which are the same for every anonymous reader of a language: kept
 * per request and language, and valid while the {@link SearchGeneration} they were found under is unchanged, so a
 * committed change to any record search reads is found by the next request, on every instance. Signed-in readers'
 * answers depend on their networks and roles and are always computed.
 */
@Component
class SearchAnswers {

    private record Key(PlatformSearch.Request request, String language) {}

    private record Held(long generation, PlatformSearch.Answer answer) {}

    private final Cache<Key, Held> answers;
    private final SearchGeneration generation;
    private final boolean enabled;

    SearchAnswers(SearchAnswerSettings settings, SearchGeneration generation) {
        this.generation = generation;
        this.enabled = settings.size() > 0;
        this.answers = Caffeine.newBuilder().maximumSize(settings.size()).expireAfterWrite(settings.ttl()).build();
    }

    /** The kept answer when still valid, else the computed one (then kept). */
    PlatformSearch.Answer anonymous(PlatformSearch.Request request, Locale locale, Supplier<PlatformSearch.Answer> compute) {
        if (!enabled) {
            return compute.get();
        }
        long now = generation.current();
        Key key = new Key(request, locale.toLanguageTag());
        Held held = answers.getIfPresent(key);
        if (held != null && held.generation() == now) {
            return held.answer();
        }
        PlatformSearch.Answer answer = compute.get();
        answers.put(key, new Held(now, answer));
        return answer;
    }
}
