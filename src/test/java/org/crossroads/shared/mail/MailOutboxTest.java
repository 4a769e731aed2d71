package org.crossroads.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.crossroads.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against the real database and a local SMTP server (GreenMail on the port that
 * application-test.properties gives {@code spring.mail.port}). Each test uses its own recipients, so
 * rows left by other tests in the shared database do not change what it sees.
 */
@IntegrationTest
class MailOutboxTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(29425, "localhost", ServerSetup.PROTOCOL_SMTP));

    static final String FRENCH_AND_ARABIC = "Bonjour Amina,\nMerci de répondre à l’enquête sur la coopération entre villes.\n"
            + "مرحبا أمينة، نشكركم على المشاركة في استبيان التعاون بين المدن.\n";

    @Autowired MailOutbox outbox;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MailSettings settings;
    @Autowired JavaMailSender mailSender;

    @Test
    void aQueuedMailIsDeliveredWithItsSubjectUtf8BodyAndSender() throws Exception {
        long id = outbox.enqueue(OutgoingMail.text("amina@sfax.example", "Enquête : coopération — استبيان", FRENCH_AND_ARABIC,
                "fr", "survey-invitation", "invitation-17"));

        assertThat(dispatcher.dispatchDue()).isGreaterThanOrEqualTo(1);

        MimeMessage received = only(smtp.getReceivedMessagesForDomain("amina@sfax.example"));
        assertThat(received.getSubject()).isEqualTo("Enquête : coopération — استبيان");
        assertThat(received.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(lines((String) received.getContent())).isEqualTo(FRENCH_AND_ARABIC);
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("crossroads@test.example");
        assertThat(from.getPersonal()).isEqualTo("Crossroads Tests");
        assertThat(received.getContentLanguage()).containsExactly("fr");
        assertThat(row(id).sentAt()).isNotNull();
        assertThat(row(id).attempts()).isEqualTo(1);
    }

    @Test
    void anHtmlBodyIsSentAsAnAlternativeToTheText() throws Exception {
        outbox.enqueue(new OutgoingMail("karim@oujda.example", "Rappel", FRENCH_AND_ARABIC,
                "<p>مرحبا <strong>Karim</strong>, répondez à l’enquête.</p>", "ar", "survey-reminder", null));

        dispatcher.dispatchDue();

        MimeMessage received = only(smtp.getReceivedMessagesForDomain("karim@oujda.example"));
        assertThat(received.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("UTF-8");
        assertThat(lines((String) parts.getBodyPart(0).getContent())).isEqualTo(FRENCH_AND_ARABIC);
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").containsIgnoringCase("UTF-8");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("مرحبا <strong>Karim</strong>, répondez");
    }

    @Test
    void whileTheServerIsDownTheMailWaitsAndIsDeliveredOnceWhenItIsBack() throws Exception {
        smtp.stop();
        long id = outbox.enqueue(OutgoingMail.text("nadia@tangier.example", "Invitation", "Bonjour Nadia", "fr",
                "survey-invitation", "invitation-18"));

        dispatcher.dispatchDue();

        Row failed = row(id);
        assertThat(failed.sentAt()).isNull();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        // Retried after the first backoff step, one minute, not at once.
        assertThat(Duration.between(failed.now(), failed.nextAttemptAt())).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(61));
        assertThat(outbox.status().failing()).isPositive();
        assertThat(entry(id).state()).isEqualTo(MailState.RETRYING);
        dispatcher.dispatchDue();
        assertThat(row(id).attempts()).as("not due again before its backoff").isEqualTo(1);

        smtp.start();
        dispatcher.dispatchDue();
        assertThat(smtp.getReceivedMessagesForDomain("nadia@tangier.example")).as("still waiting for its retry").isEmpty();
        jdbc.sql("update mail_outbox set next_attempt_at = now() where id = :id").param("id", id).update();
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertThat(smtp.getReceivedMessagesForDomain("nadia@tangier.example")).hasSize(1);
        assertThat(row(id).sentAt()).isNotNull();
        assertThat(row(id).attempts()).isEqualTo(2);
        assertThat(entry(id).state()).isEqualTo(MailState.SENT);
    }

    @Test
    void afterTheMaximumNumberOfAttemptsAMailIsLeftAsFailed() {
        long id = outbox.enqueue(OutgoingMail.text("omar@amman.example", "Invitation", "Marhaba", "ar", "survey-invitation", null));
        jdbc.sql("update mail_outbox set attempts = 20 where id = :id").param("id", id).update();

        dispatcher.dispatchDue();

        assertThat(smtp.getReceivedMessagesForDomain("omar@amman.example")).isEmpty();
        assertThat(entry(id).state()).isEqualTo(MailState.FAILED);
        assertThat(outbox.status().failed()).isPositive();
    }

    @Test
    void aRolledBackTransactionLeavesNoMailAndACommittedOneLeavesItsMail() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            outbox.enqueue(OutgoingMail.text("rollback@kanifing.example", "Invitation", "Hello", "en", "survey-invitation", "rolled-back"));
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status ->
                outbox.enqueue(OutgoingMail.text("commit@kanifing.example", "Invitation", "Hello", "en", "survey-invitation", "committed")));

        assertThat(rowsWithReference("rolled-back")).isZero();
        assertThat(rowsWithReference("committed")).isOne();
    }

    @Test
    void anInvalidAddressIsRefusedAtEnqueueNamingTheRecipient() {
        long before = jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();

        assertThatThrownBy(() -> outbox.enqueue(OutgoingMail.text("amina at sfax", "Invitation", "Hello", "en", "survey-invitation", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recipient");

        assertThat(jdbc.sql("select count(*) from mail_outbox").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aMessageThatCannotBeSentDoesNotHoldBackTheRestOfItsBatch() {
        // A row that bypassed validation (written by hand, or by an older version) cannot be composed.
        long broken = jdbc.sql("""
                insert into mail_outbox (recipient, subject, body_text, purpose) values ('not an address', 'Broken', 'x', 'test')
                returning id""").query(Long.class).single();
        outbox.enqueue(OutgoingMail.text("first@agadez.example", "Invitation", "Hello", "en", "survey-invitation", null));
        outbox.enqueue(OutgoingMail.text("second@agadez.example", "Invitation", "Hello", "en", "survey-invitation", null));

        dispatcher.dispatchDue();

        assertThat(smtp.getReceivedMessagesForDomain("agadez.example")).hasSize(2);
        Row row = row(broken);
        assertThat(row.sentAt()).isNull();
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.lastError()).isNotBlank();
    }

    @Test
    void concurrentDispatchersNeverSendTheSameMailTwice() throws Exception {
        int count = 120;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(outbox.enqueue(OutgoingMail.text("participant" + i + "@parallel.example", "Invitation " + i, "Hello " + i, "en",
                    "survey-invitation", null)));
        }
        // Two more dispatchers, as on other application instances, with small batches so that the claims of
        // the four runs keep crossing.
        MailSettings smallBatches = new MailSettings(true, settings.from(), settings.interval(), 3, settings.maxAttempts(),
                settings.publicUrl());
        List<OutboxDispatcher> dispatchers = List.of(dispatcher, dispatcher, new OutboxDispatcher(jdbc, mailSender, smallBatches),
                new OutboxDispatcher(jdbc, mailSender, smallBatches));
        ExecutorService threads = Executors.newFixedThreadPool(dispatchers.size());
        try {
            CyclicBarrier together = new CyclicBarrier(dispatchers.size());
            List<Future<Integer>> runs = new ArrayList<>();
            for (OutboxDispatcher each : dispatchers) {
                runs.add(threads.submit(() -> {
                    together.await();
                    return each.dispatchDue();
                }));
            }
            int delivered = 0;
            for (Future<Integer> run : runs) {
                delivered += run.get(2, TimeUnit.MINUTES);
            }
            assertThat(delivered).isGreaterThanOrEqualTo(count);
        } finally {
            threads.shutdownNow();
        }

        MimeMessage[] received = smtp.getReceivedMessagesForDomain("parallel.example");
        Set<String> subjects = Arrays.stream(received).map(MailOutboxTest::subject).collect(Collectors.toSet());
        assertThat(received).hasSize(count);
        assertThat(subjects).hasSize(count);
        assertThat(jdbc.sql("select count(*) from mail_outbox where id in (:ids) and sent_at is not null and attempts = 1")
                .param("ids", ids).query(Long.class).single()).isEqualTo(count);
    }

    @Test
    void aBatchClaimedByOneRunIsSkippedByAnotherNotWaitedFor() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(outbox.enqueue(OutgoingMail.text("claimed" + i + "@skip.example", "Invitation", "Hello", "en", "survey-invitation", null)));
        }
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                // This run's claim stays uncommitted, its rows locked, while another run looks for work.
                assertThat(dispatcher.claim()).extracting(QueuedMail::id).containsAll(ids);
                Future<List<QueuedMail>> otherClaim = other.submit(dispatcher::claim);
                try {
                    assertThat(otherClaim.get(10, TimeUnit.SECONDS)).extracting(QueuedMail::id).doesNotContainAnyElementsOf(ids);
                } catch (Exception e) {
                    throw new AssertionError("the other run waited for the locked rows or failed", e);
                }
                status.setRollbackOnly();
            });
        } finally {
            other.shutdownNow();
        }
        dispatcher.dispatchDue();
        assertThat(smtp.getReceivedMessagesForDomain("skip.example")).hasSize(3);
    }

    private Row row(long id) {
        return jdbc.sql("select sent_at, attempts, last_error, next_attempt_at, now() from mail_outbox where id = :id")
                .param("id", id)
                .query((rs, n) -> new Row(rs.getObject(1, OffsetDateTime.class), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class)))
                .single();
    }

    private OutboxEntry entry(long id) {
        return outbox.recent(500).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    private long rowsWithReference(String reference) {
        return jdbc.sql("select count(*) from mail_outbox where reference = :r").param("r", reference).query(Long.class).single();
    }

    private static MimeMessage only(MimeMessage[] messages) {
        assertThat(messages).hasSize(1);
        return messages[0];
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SMTP carries CRLF line ends; the text was queued with LF. */
    private static String lines(String text) {
        return text.replace("\r\n", "\n");
    }

    private record Row(OffsetDateTime sentAt, int attempts, String lastError, OffsetDateTime nextAttemptAt, OffsetDateTime now) {}
}
