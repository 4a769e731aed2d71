package org.crossroads;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules only use each other's public APIs; the diagrams in docs/modules are regenerated. Tagged
 * {@code slow}: analysing every class takes half a minute, so the fast tier leaves it out ({@code mvn test
 * -Dtest=ModularityTests} runs it alone).
 */
@Tag("slow")
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(CrossroadsApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDiagrams() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs")).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
