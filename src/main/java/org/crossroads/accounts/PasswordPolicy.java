package org.crossroads.accounts;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, wherever one is set (account creation, the first administrator, a password
 * change): at least 12 characters, at most 72 bytes (bcrypt ignores the rest), and hard to guess by
 * zxcvbn's estimate, which also says why a password is easy to guess. Its reasons come back as our message
 * keys ({@code accounts.password.feedback.*}) so that they read in every interface language.
 */
@Component
public class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    /** bcrypt uses only the first 72 bytes of a password. */
    public static final int MAXIMUM_BYTES = 72;
    /** zxcvbn's score 3: "safely unguessable", about 10^8 guesses; below it is refused. */
    static final int MINIMUM_SCORE = 3;
    static final String FEEDBACK = "accounts.password.feedback.";

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /**
     * @param context words the password must not lean on (username, display name)
     * @return message keys saying why the password is refused, the main reason first; empty when accepted
     */
    public List<String> problems(String password, String... context) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return List.of("accounts.error.password");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            return List.of("accounts.error.passwordTooLong");
        }
        List<String> words = Stream.of(context).filter(Objects::nonNull).filter(w -> !w.isBlank())
                .flatMap(w -> Stream.concat(Stream.of(w), Stream.of(w.split("[^\\p{L}\\p{N}]+")))).filter(w -> w.length() > 2)
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
        Strength strength = zxcvbn.measure(password, words);
        if (strength.getScore() >= MINIMUM_SCORE) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        keys.add("accounts.error.passwordWeak");
        Feedback feedback = strength.getFeedback().withResourceBundle(KEYS);
        String warning = feedback.getWarning(Locale.ROOT);
        if (warning != null && !warning.isBlank()) {
            keys.add(FEEDBACK + warning);
        }
        feedback.getSuggestions(Locale.ROOT).stream().filter(s -> s != null && !s.isBlank()).map(s -> FEEDBACK + s)
                .forEach(keys::add);
        return keys;
    }

    /** A resource bundle that answers every key with the key itself, so that zxcvbn hands back its keys. */
    private static final ResourceBundle KEYS = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return java.util.Collections.emptyEnumeration();
        }
    };
}
