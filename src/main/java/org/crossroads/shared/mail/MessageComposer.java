package org.crossroads.shared.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSender;

/** Turns a queued message into a MIME message: UTF-8 text, with an HTML alternative when there is one. */
final class MessageComposer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final JavaMailSender sender;
    private final InternetAddress from;

    MessageComposer(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = utf8(from);
    }

    MimeMessage compose(QueuedMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), UTF_8);
        if (mail.htmlBody() == null) {
            message.setText(mail.textBody(), UTF_8);
        } else {
            MimeMultipart alternatives = new MimeMultipart("alternative");
            // Plain text first: clients show the last alternative they understand.
            alternatives.addBodyPart(part(mail.textBody(), "plain"));
            alternatives.addBodyPart(part(mail.htmlBody(), "html"));
            message.setContent(alternatives);
        }
        if (mail.language() != null) {
            message.setContentLanguage(new String[] {mail.language()});
        }
        // Invitations and reminders are sent by the platform: out-of-office replies should not answer them.
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private static MimeBodyPart part(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, UTF_8, subtype);
        return part;
    }

    private static InternetAddress utf8(String address) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            // Re-made so that a display name such as "Carrefours" is encoded as UTF-8 whatever the platform charset.
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), UTF_8);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("crossroads.mail.from is not an email address: " + address, e);
        }
    }
}
