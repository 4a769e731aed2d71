package org.crossroads.commitments;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.shared.vocabulary.ShownText;

/**
 * A declaration, charter, call, pledging process or campaign that cities sign and pledge under.
 *
 * @param translations language → field ({@code title}, {@code summary}) → text
 * @param convenerOrganisationId the convening organisation when the directory holds it, else null and
 *     {@code convenerName} names it
 * @param documentId the text in the library, or null
 * @param articlesLabel what its numbered parts are called: article, principle, pledge, priority or commitment
 * @param stated counts a source gives without names ("signed by over 30 cities")
 * @param cycleIds the reviews it reports to
 */
public record Framework(long id, String externalId, String kind, String language, String title, String summary,
        Map<String, Map<String, String>> translations, PartialDate adopted, Long convenerOrganisationId,
        String convenerName, Long documentId, String articlesLabel, List<Article> articles, List<StatedCount> stated,
        List<Long> cycleIds, List<Source> sources, int version) {

    public static final List<String> KINDS = List.of("declaration", "charter", "call", "pledging_process", "campaign");
    public static final List<String> ARTICLE_LABELS = List.of("article", "principle", "pledge", "priority", "commitment");

    public Framework {
        translations = Map.copyOf(translations);
        articles = List.copyOf(articles);
        stated = List.copyOf(stated);
        cycleIds = List.copyOf(cycleIds);
        sources = List.copyOf(sources);
    }

    /** One numbered part of the text. */
    public record Article(int number, String language, String text, Map<String, Map<String, String>> translations,
            Source source) {

        public Article {
            translations = Map.copyOf(translations);
        }

        public ShownText text(Locale reader) {
            return ShownText.of(text, language, translations, "text", reader);
        }
    }

    /**
     * A number of signatories or commitments a source states without naming them.
     *
     * @param qualifier over, exactly or about
     * @param what what was counted, in the source's words ("cities", "commitments made by municipal actors")
     * @param whatIn {@code what} in the other interface languages, by language code (French, Arabic, Spanish)
     */
    public record StatedCount(int count, String qualifier, String what, Map<String, String> whatIn, Source source) {

        public StatedCount {
            whatIn = whatIn == null ? Map.of() : Map.copyOf(whatIn);
        }

        /** What was counted in the reader's language, else in the source's. */
        public String what(Locale reader) {
            return whatIn.getOrDefault(reader.getLanguage(), what);
        }
    }

    public ShownText title(Locale reader) {
        return ShownText.of(title, language, translations, "title", reader);
    }

    public ShownText summary(Locale reader) {
        return ShownText.of(summary, language, translations, "summary", reader);
    }

    public java.util.Optional<Article> article(int number) {
        return articles.stream().filter(a -> a.number() == number).findFirst();
    }
}
