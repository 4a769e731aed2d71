package org.crossroads.shared.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * One email to queue with {@link MailOutbox#enqueue}. Checked when made, so a queued message can always
 * be composed; a problem is an {@link IllegalArgumentException} naming the field.
 *
 * @param recipient one plain address ({@code name@example.org}), no display name
 * @param subject one line
 * @param textBody the plain-text body, always sent
 * @param htmlBody optional HTML alternative of the same text; {@code null} for plain text only
 * @param language the message's language tag ({@code fr}, {@code ar}…), sent as Content-Language; may be null
 * @param purpose why it is sent, a stable name such as {@code survey-invitation}
 * @param reference optional id of the sender's record (an invitation id), for tracing
 */
public record OutgoingMail(String recipient, String subject, String textBody, String htmlBody, String language,
        String purpose, String reference) {

    private static final int LONGEST_ADDRESS = 254;

    public OutgoingMail {
        recipient = checkedAddress(recipient);
        require(subject != null && !subject.isBlank(), "subject", "is required");
        require(subject.indexOf('\n') < 0 && subject.indexOf('\r') < 0, "subject", "must be one line");
        require(textBody != null && !textBody.isBlank(), "textBody", "is required");
        require(purpose != null && !purpose.isBlank(), "purpose", "is required");
        htmlBody = htmlBody == null || htmlBody.isBlank() ? null : htmlBody;
        language = language == null || language.isBlank() ? null : language.strip();
    }

    /** A plain-text message. */
    public static OutgoingMail text(String recipient, String subject, String textBody, String language, String purpose,
            String reference) {
        return new OutgoingMail(recipient, subject, textBody, null, language, purpose, reference);
    }

    private static String checkedAddress(String recipient) {
        require(recipient != null && !recipient.isBlank(), "recipient", "is required");
        String address = recipient.strip();
        require(address.length() <= LONGEST_ADDRESS, "recipient", "is longer than " + LONGEST_ADDRESS + " characters");
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            // Exactly one bare address: no display name, no list, nothing that could add a header.
            require(parsed.getPersonal() == null && address.equals(parsed.getAddress()) && address.indexOf('@') > 0,
                    "recipient", "must be one plain email address: " + address);
        } catch (AddressException e) {
            throw new IllegalArgumentException("recipient is not an email address: " + address, e);
        }
        return address;
    }

    private static void require(boolean condition, String field, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(field + " " + problem);
        }
    }
}
