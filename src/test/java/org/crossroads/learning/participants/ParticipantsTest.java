package org.crossroads.learning.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.crossroads.learning.events.EventDraft;
import org.crossroads.learning.events.EventEditing;
import org.crossroads.learning.LearningFixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.shared.mail.MailOutbox;
import org.crossroads.shared.mail.OutgoingMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Participants across events: recognition, continuity, merge, access, audit, the person's own link and erasure. */
@IntegrationTest
public class ParticipantsTest extends WebTest {

    @Autowired EventEditing editing;
    @Autowired ParticipantRegistry registry;
    @Autowired ParticipationStatistics statistics;
    @Autowired PersonalData personalData;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Places places;
    @Autowired JdbcClient jdbc;
    @Autowired MailOutbox outbox;
    LearningFixtures fixtures;
    Editor coordinator;

    @BeforeEach
    void setUp() {
        fixtures = LearningFixtures.of(accounts, organisations, places);
        coordinator = fixtures.mc2cmCoordinator();
    }

    long event(LocalDate day) {
        return editing.create(new EventDraft(null, "Participants test " + UUID.randomUUID(), "Tunis, TN", day, day, "day",
                "in_person", List.of("org:mc2cm"), List.of(), List.of(), List.of(), null, List.of(), null, "test"), coordinator);
    }

    static ParticipantDraft person(String name, String email, String city) {
        return new ParticipantDraft(name, email, null, city, "technical", "reception", "woman", null, "fr",
                List.of("participation", "surveys"), LocalDate.of(2024, 1, 10));
    }

    public static String unique(String local) {
        return local + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void theSamePersonIsRecognisedAcrossEventsAndCityContinuityFollowsFromIt() {
        long first = event(LocalDate.of(2031, 3, 1));
        long second = event(LocalDate.of(2031, 6, 1));
        String city = "Kairouan, TN";
        String amina = unique("amina");
        var a = registry.register(first, person("Amina Ben Salah", amina, city), coordinator);
        var b = registry.register(first, person("Karim Trabelsi", null, city), coordinator);
        assertThat(a.recognised()).isFalse();

        var again = registry.register(second, person("Amina Ben Salah", amina.toUpperCase(), city), coordinator);
        assertThat(again.recognised()).isTrue();
        assertThat(again.participantId()).isEqualTo(a.participantId());
        var karimAgain = registry.register(second, person("karim trabelsí", null, city), coordinator);
        assertThat(karimAgain.participantId()).as("same name, same city, no email").isEqualTo(b.participantId());
        registry.register(second, person("Nour Haddad", unique("nour"), city), coordinator);
        registry.recordAttendance(second, karimAgain.participantId(), false, coordinator);
        assertThat(registry.register(second, person("Nour Haddad", null, city), coordinator).alreadyRegistered()).isTrue();

        long kairouan = fixtures.place(city);
        var timeline = statistics.forCity(kairouan).timeline().stream()
                .filter(e -> e.eventId() == first || e.eventId() == second).toList();
        assertThat(timeline).hasSize(2);
        assertThat(timeline.get(0).delegates()).isEqualTo(2);
        assertThat(timeline.get(1).delegates()).as("Karim was recorded absent").isEqualTo(2);
        assertThat(timeline.get(1).returning()).isEqualTo(1);
        assertThat(timeline.get(1).continuity()).isEqualTo(0.5);
        assertThat(timeline.get(1).turnover()).isEqualTo(0.5);

        var participation = statistics.forEvent(second);
        assertThat(participation.registered()).isEqualTo(3);
        assertThat(participation.delegates()).isEqualTo(2);
        assertThat(participation.breakdowns().get("gender")).containsEntry("woman", 2);
        assertThat(participation.breakdowns().get("region")).containsEntry("015", 2);
    }

    @Test
    void onlyTheOrganisersSeePersonalDataAndEveryViewIsAudited() {
        long id = event(LocalDate.of(2031, 9, 1));
        long person = registry.register(id, person("Salma Idrissi", unique("salma"), "Oujda, MA"), coordinator).participantId();
        assertThatThrownBy(() -> registry.participantsOf(id, fixtures.otherCoordinator())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registry.view(person, fixtures.tunisFocalPoint())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registry.view(person, fixtures.otherCoordinator())).isInstanceOf(AccessDeniedException.class);

        registry.participantsOf(id, coordinator);
        registry.view(person, coordinator);
        assertThat(LearningFixtures.count(jdbc, "select count(*) from audit_entry where record_type = 'participant' and record_id = "
                + person + " and action = 'viewed' and actor = '" + LearningFixtures.MC2CM_COORDINATOR + "'")).isEqualTo(1);
        assertThat(jdbc.sql("select snapshot::text from audit_entry where record_type = 'participant' and record_id = :p")
                .param("p", person).query(String.class).list()).noneMatch(s -> s.contains("Salma"));
    }

    @Test
    void duplicatesAreMergedWithTheirEvents() {
        long one = event(LocalDate.of(2032, 1, 10));
        long two = event(LocalDate.of(2032, 2, 10));
        long kept = registry.register(one, person("Youssef El Amrani", unique("youssef"), "Nador, MA"), coordinator).participantId();
        long duplicate = registry.register(two, person("youssef el amrani", unique("y.elamrani"), "Nador, MA"), coordinator)
                .participantId();
        assertThat(kept).as("different emails: two records").isNotEqualTo(duplicate);
        assertThat(registry.possibleDuplicates(coordinator)).anyMatch(pair -> pair[0] == kept && pair[1] == duplicate);
        registry.merge(kept, duplicate, coordinator);
        assertThat(registry.registrationsOf(kept, coordinator)).extracting(Registration::eventId).containsExactly(one, two);
        assertThat(jdbc.sql("select merged_into from participant where id = :d").param("d", duplicate).query(Long.class).single())
                .isEqualTo(kept);
        assertThat(jdbc.sql("select full_name from participant where id = :d").param("d", duplicate).query(String.class)
                .optional()).isEmpty();
    }

    /** A second click on "merge" (or two organisers at once) is told the records were merged already, not a server error. */
    @Test
    void mergingThePairTwiceSaysItWasMergedAlready() throws Exception {
        long event = event(LocalDate.of(2032, 3, 10));
        long kept = registry.register(event, person("Samira Twice", unique("samira"), "Nador, MA"), coordinator).participantId();
        long duplicate = registry.register(event, person("samira twice", unique("s.twice"), "Nador, MA"), coordinator)
                .participantId();
        for (String expected : List.of("/participants/" + kept, "/participants/duplicates")) {
            var answer = mvc.perform(post("/participants/merge").param("keep", String.valueOf(kept))
                    .param("duplicate", String.valueOf(duplicate)).with(csrf()).with(user(coordinator.username())))
                    .andReturn();
            assertThat(answer.getResponse().getStatus()).isEqualTo(302);
            assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo(expected);
            assertThat(answer.getFlashMap().get("notice")).isEqualTo(expected.endsWith("duplicates")
                    ? "learning.error.alreadyMerged" : "learning.participants.merged");
        }
    }

    @Test
    void aPersonSeesDownloadsAndErasesTheirDataThroughTheirLinkAndTheCountsRemain() throws Exception {
        long id = event(LocalDate.of(2032, 4, 1));
        String email = unique("fatou");
        long person = registry.register(id, person("Fatou Ndiaye", email, "Dakar, SN"), coordinator).participantId();
        personalData.sendLink(person, coordinator);
        String body = jdbc.sql("select body_text from mail_outbox where recipient = :r order by id desc limit 1")
                .param("r", email).query(String.class).single();
        Matcher link = Pattern.compile("/me/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        String page = mvc.perform(get("/me/" + token)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Fatou Ndiaye", email);
        String json = mvc.perform(get("/me/" + token + "/data.json")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"full_name\":\"Fatou Ndiaye\"", "Participants test");

        var unconfirmed = mvc.perform(post("/me/" + token + "/erase")).andReturn().getResponse();
        assertThat(unconfirmed.getContentAsString(StandardCharsets.UTF_8)).contains("Fatou Ndiaye");
        int before = statistics.forEvent(id).delegates();
        mvc.perform(post("/me/" + token + "/erase").param("confirm", "yes"));
        assertThat(jdbc.sql("select count(*) from participant where id = :p and full_name is null and email is null and erased_at is not null")
                .param("p", person).query(Long.class).single()).isEqualTo(1);
        assertThat(statistics.forEvent(id).delegates()).isEqualTo(before);
        assertThat(statistics.forEvent(id).breakdowns().get("gender")).containsEntry("woman", 1);
        assertThat(queuedTo(email)).as("the personal-link mail, still queued, went with the erasure").isZero();
        assertThat(mvc.perform(get("/me/" + token)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/me/forged-token-forged-token-forged-token-abcd")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    long queuedTo(String email) {
        return jdbc.sql("select count(*) from mail_outbox where lower(recipient) = lower(:r) and sent_at is null")
                .param("r", email).query(Long.class).single();
    }

    @Test
    void erasureByAnOrganiserWithdrawsEveryQueuedMessageAndBlanksSentOnesButNoOneElses() {
        long id = event(LocalDate.of(2032, 5, 2));
        String email = unique("amina");
        String neighbour = unique("neighbour");
        long person = registry.register(id, person("Amina Diallo", email, "Dakar, SN"), coordinator).participantId();
        registry.register(id, person("Neighbour Test", neighbour, "Dakar, SN"), coordinator);
        personalData.sendLink(person, coordinator);
        personalData.sendLink(person, coordinator);
        // one message to them already went out, one queued under another spelling of the address,
        // one queued for one of their records without the address (a survey invitation to a changed address)
        jdbc.sql("update mail_outbox set sent_at = now() where id = (select min(id) from mail_outbox where recipient = :r)")
                .param("r", email).update();
        outbox.enqueue(OutgoingMail.text(email.toUpperCase(java.util.Locale.ROOT), "Hello", "Dear Amina Diallo", "fr",
                "test", null));
        outbox.enqueue(OutgoingMail.text(unique("old-address"), "Hello", "Dear Amina Diallo", "fr", "test",
                "participant:" + person));
        outbox.enqueue(OutgoingMail.text(neighbour, "Hello", "Dear neighbour", "fr", "test", null));
        assertThat(queuedTo(email)).isEqualTo(2);

        registry.erase(person, coordinator);

        assertThat(queuedTo(email)).isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox where reference = :ref and sent_at is null")
                .param("ref", "participant:" + person).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox where body_text like '%Amina Diallo%' or recipient = :r")
                .param("r", email).query(Long.class).single()).as("no copy keeps the name or address").isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :e and sent_at is not null")
                .param("e", MailOutbox.ERASED).query(Long.class).single()).isPositive();
        assertThat(queuedTo(neighbour)).as("another person's mail stays").isEqualTo(1);
    }

    @Test
    void theRetentionJobWithdrawsQueuedMailToo() {
        long id = event(LocalDate.of(2001, 6, 3));
        String email = unique("retired");
        long person = registry.register(id, person("Long Gone", email, "Dakar, SN"), coordinator).participantId();
        jdbc.sql("update participant set created_at = now() - interval '30 years' where id = :p").param("p", person).update();
        personalData.sendLink(person, coordinator);
        assertThat(queuedTo(email)).isEqualTo(1);
        registry.eraseExpired(10);
        assertThat(jdbc.sql("select erased_at is not null from participant where id = :p").param("p", person)
                .query(Boolean.class).single()).isTrue();
        assertThat(queuedTo(email)).isZero();
    }
}
