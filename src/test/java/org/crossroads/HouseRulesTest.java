package org.crossroads;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The import and naming rules of "How we write code" (README), each with its reason, checked on the application's
 * classes (issue 14 §4). The Maven Enforcer bans the dependencies behind them (H2, mocking libraries, JPA). Tagged
 * {@code slow} like {@code ModularityTests}: importing every class takes a while.
 */
@Tag("slow")
class HouseRulesTest {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crossroads");

    @Test
    void dataAccessIsPlainSqlNotJpa() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                .because("records are read and written with plain SQL through JdbcClient (decision 0002)")
                .check(CLASSES);
    }

    @Test
    void datesAreJavaTimeValues() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("java.util.Date").orShould().dependOnClassesThat()
                .haveFullyQualifiedName("java.util.Calendar").orShould().dependOnClassesThat()
                .haveFullyQualifiedName("java.text.SimpleDateFormat")
                .because("dates are java.time values, formatted per locale only where a person reads them")
                .check(CLASSES);
    }

    @Test
    void controllersGoThroughServicesNotTheDatabase() {
        noClasses().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .because("access checks, validation and audit live in the services a controller calls")
                .check(CLASSES);
    }

    @Test
    void dependenciesAreInjectedThroughConstructors() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION
                .because("constructor injection makes a class's needs visible and its fields final").check(CLASSES);
    }

    @Test
    void nothingWritesToTheConsoleOrJavaUtilLogging() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
                .because("the application logs through SLF4J, so operators get levels and one format").check(CLASSES);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because("one logging API: SLF4J").check(CLASSES);
    }

    @Test
    void namesSayWhatThingsAreInTheDomainsWords() {
        noClasses().should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
                .because("a class is named for what it is in the domain (Initiative, Membership), not for a framework role")
                .check(CLASSES);
    }
}
