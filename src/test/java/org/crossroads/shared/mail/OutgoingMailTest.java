package org.crossroads.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An outgoing mail is checked when it is made; each problem names its field. */
class OutgoingMailTest {

    @Test
    void refusesAnythingButOnePlainAddressNamingTheRecipient() {
        for (String bad : List.of("", "amina", "amina@", "@sfax.example", "amina at sfax.example", "Amina <amina@sfax.example>",
                "amina@sfax.example, karim@oujda.example", "amina@sfax.example\r\nBcc: everyone@example.org")) {
            assertThatThrownBy(() -> OutgoingMail.text(bad, "Invitation", "Hello", "en", "survey-invitation", null))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("recipient");
        }
        assertThatThrownBy(() -> OutgoingMail.text(null, "Invitation", "Hello", "en", "survey-invitation", null))
                .hasMessageStartingWith("recipient");
    }

    @Test
    void acceptsAPlainAddressAroundSpaces() {
        assertThat(OutgoingMail.text(" amina.benali@sfax.example ", "Invitation", "Hello", "en", "survey-invitation", null).recipient())
                .isEqualTo("amina.benali@sfax.example");
    }

    @Test
    void namesTheOtherMissingFields() {
        assertThatThrownBy(() -> OutgoingMail.text("amina@sfax.example", " ", "Hello", "en", "survey-invitation", null))
                .hasMessageStartingWith("subject");
        assertThatThrownBy(() -> OutgoingMail.text("amina@sfax.example", "Line\nBcc: x@example.org", "Hello", "en", "p", null))
                .hasMessageStartingWith("subject");
        assertThatThrownBy(() -> OutgoingMail.text("amina@sfax.example", "Invitation", "", "en", "survey-invitation", null))
                .hasMessageStartingWith("textBody");
        assertThatThrownBy(() -> OutgoingMail.text("amina@sfax.example", "Invitation", "Hello", "en", null, null))
                .hasMessageStartingWith("purpose");
    }
}
