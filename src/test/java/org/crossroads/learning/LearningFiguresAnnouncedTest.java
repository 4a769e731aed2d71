package org.crossroads.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every public method of the learning services that writes (a {@code @Transactional} that is not read-only)
 * announces a {@link LearningFiguresChanged}, itself or through what it calls in the module, so that cached
 * public figures (the network dashboard) never outlive a change. A new writing method fails here until it
 * announces its change or is listed below with the reason it changes no published figure.
 */
class LearningFiguresAnnouncedTest {

    /** Writing methods that change no figure a dashboard, list or export shows, each with why. */
    static final Map<String, String> CHANGE_NO_FIGURE = Map.of(
            "ParticipantRegistry.participantsOf", "a read, transactional because it is audited",
            "ParticipantRegistry.view", "a read, transactional because it is audited",
            "PersonalData.sendLink", "emails a person their own link",
            "SurveyRounds.remind", "emails reminders; who was invited does not change",
            "SurveyTemplateEditing.changeQuestion", "the wording of a template; answers and counts stay",
            "SurveyTemplateEditing.addQuestion", "a template's questions; answers and counts stay",
            "SurveyTemplateEditing.retireQuestion", "a template's questions; answers and counts stay",
            "SurveyTemplates.loadDefaults", "the built-in templates, loaded at start",
            "CapabilityFrameworkImport.load", "a new framework, which has no assessments yet",
            "CapabilityFrameworkUpload.add", "a new framework, which has no assessments yet");

    @Test
    void everyWritingServiceMethodAnnouncesTheChange() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.crossroads.learning");
        List<String> writers = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        for (JavaClass type : classes) {
            // the services: the module's base package and its parts' (events, participants…), not web, api, internal
            if (!type.getPackageName().matches("org\\.crossroads\\.learning(\\.[a-z]+)?")
                    || type.getPackageName().matches(".*\\.(web|api|internal)")) {
                continue;
            }
            for (JavaMethod method : type.getMethods()) {
                if (!method.getModifiers().contains(JavaModifier.PUBLIC) || !writes(method)) {
                    continue;
                }
                String name = type.getSimpleName() + "." + method.getName();
                writers.add(name);
                if (!CHANGE_NO_FIGURE.containsKey(name) && !announces(method, new HashSet<>())) {
                    silent.add(name);
                }
            }
        }
        assertThat(writers).as("the scan finds the learning services").contains("OutcomeHarvest.withdraw",
                "ParticipantRegistry.register", "SurveyAnswering.submit", "EventEditing.create");
        assertThat(silent).as("writing methods that announce no LearningFiguresChanged").isEmpty();
        assertThat(CHANGE_NO_FIGURE.keySet()).as("exemptions that name no writing method").isSubsetOf(writers);
    }

    private static boolean writes(JavaMethod method) {
        return method.tryGetAnnotationOfType(Transactional.class).map(t -> !t.readOnly()).orElse(false);
    }

    /** Whether the code constructs the event, itself or through methods of the learning module it calls. */
    private static boolean announces(JavaCodeUnit code, Set<String> seen) {
        if (!seen.add(code.getFullName())) {
            return false;
        }
        if (code.getConstructorCallsFromSelf().stream()
                .anyMatch(call -> call.getTargetOwner().isEquivalentTo(LearningFiguresChanged.class))) {
            return true;
        }
        return code.getMethodCallsFromSelf().stream()
                .filter(call -> call.getTargetOwner().getPackageName().startsWith("org.crossroads.learning"))
                .flatMap(call -> call.getTarget().resolveMember().stream())
                .anyMatch(target -> announces(target, seen));
    }
}
