package org.crossroads.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** The password rule: length in characters and bytes, and zxcvbn's estimate with its reasons as our message keys. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesCommonAndGuessablePasswordsOfTwelveCharactersAndSaysWhy() {
        assertThat(policy.problems("aaaaaaaaaaaa")).first().isEqualTo("accounts.error.passwordWeak");
        assertThat(policy.problems("aaaaaaaaaaaa")).hasSizeGreaterThan(1).allMatch(k -> k.startsWith("accounts.error.")
                || k.startsWith(PasswordPolicy.FEEDBACK));
        assertThat(policy.problems("123456789012")).first().isEqualTo("accounts.error.passwordWeak");
        assertThat(policy.problems("123456789012")).hasSizeGreaterThan(1);
        assertThat(policy.problems("password1234")).first().isEqualTo("accounts.error.passwordWeak");
        assertThat(policy.problems("qwertyuiopas")).first().isEqualTo("accounts.error.passwordWeak");
    }

    @Test
    void refusesAPasswordBuiltOnTheUsername() {
        assertThat(policy.problems("Mc2cm-Coordinator-1", "mc2cm-coordinator")).first().isEqualTo("accounts.error.passwordWeak");
    }

    @Test
    void keepsTwelveCharactersAsTheMinimum() {
        assertThat(policy.problems("Xk9#vQ2!mZ")).containsExactly("accounts.error.password");
        assertThat(policy.problems(null)).containsExactly("accounts.error.password");
    }

    @Test
    void refusesMoreThanSeventyTwoBytesWithAMessageNotAnError() {
        assertThat(policy.problems("correct horse battery staple ".repeat(3))).containsExactly("accounts.error.passwordTooLong");
        // 36 Arabic letters are 72 bytes: accepted; one more is refused although it is far below 72 characters
        String arabic = "سلامعليكمحديقةالبرتقالتحتالمطرالخفيف";
        assertThat(arabic.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(72);
        assertThat(policy.problems(arabic)).doesNotContain("accounts.error.passwordTooLong");
        assertThat(policy.problems(arabic + "ب")).containsExactly("accounts.error.passwordTooLong");
    }

    @Test
    void acceptsLongUnrelatedWordsAndThePasswordOfTheTestAdministrator() {
        assertThat(policy.problems("orange tractor violin harbour")).isEmpty();
        assertThat(policy.problems("admin-password-for-tests", "admin", "Test Administrator")).isEmpty();
    }

    @Test
    void everyReasonZxcvbnGivesHasAMessageInEveryInterfaceLanguage() throws Exception {
        Properties zxcvbn = PropertiesLoaderUtils.loadProperties(new ClassPathResource("com/nulabinc/zxcvbn/messages.properties"));
        for (String language : List.of("", "_fr", "_ar", "_es")) {
            Properties ours = PropertiesLoaderUtils.loadProperties(new ClassPathResource("messages/accounts" + language + ".properties"));
            for (String key : zxcvbn.stringPropertyNames()) {
                assertThat(ours.getProperty(PasswordPolicy.FEEDBACK + key)).as(key + " in accounts" + language)
                        .isNotBlank();
            }
        }
    }
}
