package org.crossroads.library.practices;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.dataset.DatasetSettings;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * On first start with the built-in dataset, when no practice exists yet: the practices the seed reports describe
 * ({@code library/practices.json}, each citing its passages), published. After the initiatives, events and outcomes
 * they link, and after the documents (a document not loaded is skipped with a warning). An unknown city, initiative
 * or event is an error naming the practice and the field, and nothing is loaded: the file is part of the product.
 */
@Component
@Order(60)
class BuiltInPractices implements ApplicationRunner {

    static final String FILE = "library/practices.json";
    static final String ACTOR = "built-in dataset";
    private static final Logger log = LoggerFactory.getLogger(BuiltInPractices.class);

    private final Practices practices;
    private final PracticeChecks checks;
    private final AuditTrail audit;
    private final DatasetSettings settings;
    private final JsonMapper json;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final org.springframework.context.ApplicationEventPublisher events;

    BuiltInPractices(Practices practices, PracticeChecks checks, AuditTrail audit, DatasetSettings settings,
            JsonMapper json, MessageSource messages,
            org.springframework.transaction.PlatformTransactionManager transactionManager,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.practices = practices;
        this.checks = checks;
        this.audit = audit;
        this.settings = settings;
        this.json = json;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!settings.load() || practices.count() > 0) {
            return;
        }
        List<PracticeFile.Entry> entries;
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            entries = PracticeFile.read(in, json);
        }
        List<Practice> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (PracticeFile.Entry e : entries) {
            try {
                Practice p = checks.check(e.draft(), doc -> log.warn("Built-in practice {} names document {}, which is not "
                        + "in the library: link skipped", e.externalId(), doc));
                checked.add(new Practice(0, e.externalId(), p.language(), p.title(), p.translations(), p.variantNames(),
                        p.placeId(), p.furtherPlaceIds(), p.countryCodes(), p.themes(), p.sizeClass(), p.routeRole(),
                        p.sections(), p.contacts(), p.sources(), p.initiativeIds(), p.eventIds(), p.documentIds(),
                        p.transfers(), Practice.PUBLISHED, e.draft().provenance(), null, null, null, null, 0,
                        p.dataValues()));
            } catch (InvalidEntryException ex) {
                for (FieldError f : ex.errors()) {
                    problems.add(e.externalId() + ", field " + f.field() + ": "
                            + messages.getMessage(f.messageKey(), f.arguments().toArray(), f.messageKey(), Locale.ENGLISH));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(FILE + " names records that do not exist:\n" + String.join("\n", problems));
        }
        transaction.executeWithoutResult(status -> checked.forEach(p -> {
            long id = practices.insert(p, p.externalId(), ACTOR);
            audit.record(PracticeEditing.RECORD, id, "created", ACTOR, PracticeEditing.snapshot(practices.find(id).orElseThrow()));
            events.publishEvent(new PracticesChanged(id));
        }));
        log.info("Loaded {} built-in practices", checked.size());
    }
}
