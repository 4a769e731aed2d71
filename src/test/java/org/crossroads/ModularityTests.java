package org.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import modularityfixture.FixtureApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules use each other only as each declares (issue 14 §1): every module's {@code package-info.java}
 * lists what it may use, as another module's named interface ({@code directory::api}: the types annotated
 * {@code @NamedInterface("api")}; {@code inventory::search}, {@code library::practices}…) or the open
 * {@code shared}; a dependency on anything else fails the build. The diagrams in {@code docs/modules} are checked
 * against the modules as they are. Tagged {@code slow}: analysing every class takes half a minute, so the fast
 * tier leaves it out ({@code mvn test -Dtest=ModularityTests} runs it alone).
 */
@Tag("slow")
class ModularityTests {

    static final Path DOCS = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(CrossroadsApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyModuleDeclaresWhatItMayUseAndOnlyThroughNamedInterfaces() throws ClassNotFoundException {
        List<String> problems = new ArrayList<>();
        for (var module : modules) {
            String name = module.getIdentifier().toString();
            if (name.equals("shared")) {
                continue; // open to all, uses none
            }
            ApplicationModule declared = declared(module);
            if (declared == null || declared.allowedDependencies().length == 0) {
                // an empty list would let the module use anything
                problems.add(name + " declares no allowedDependencies");
                continue;
            }
            Arrays.stream(declared.allowedDependencies())
                    .filter(d -> !d.equals("shared") && !d.equals("shared::*") && !d.matches("[a-z]+::[a-z-]+"))
                    .forEach(d -> problems.add(name + " may use all of " + d + ": name one of its named interfaces"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theReadmesModuleTableListsEveryModuleWithWhatItMayUse() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        List<String> problems = new ArrayList<>();
        for (var module : modules) {
            String name = module.getIdentifier().toString();
            java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\| `" + name + "` \\|.*\\| ([^|]*) \\|$")
                    .matcher(readme);
            if (!row.find()) {
                problems.add(name + ": no row in the README's module table");
                continue;
            }
            if (name.equals("shared")) {
                continue;
            }
            List<String> declared = Arrays.stream(declared(module).allowedDependencies())
                    .filter(d -> !d.equals("shared::*")).sorted().toList();
            List<String> listed = Arrays.stream(row.group(1).split(",")).map(d -> d.strip().replace("`", "")).sorted().toList();
            if (!declared.equals(listed)) {
                problems.add(name + ": the README lists " + listed + ", package-info declares " + declared);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theRulesRejectAnUndeclaredModuleAndAPublicTypeOutsideTheApi() {
        // four tiny modules declared as ours are (src/test/java/modularityfixture): beta uses alpha's API as declared,
        // gamma uses a public type of alpha outside its API, delta uses beta, which it did not declare
        List<String> violations = ApplicationModules.of(FixtureApplication.class, location -> true).detectViolations()
                .getMessages();
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("gamma").contains("alpha.Unoffered"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("delta").contains("beta.UsesTheApi"));
        assertThat(violations).noneSatisfy(v -> assertThat(v).contains("'beta' depends"));
    }

    @Test
    void theModuleDiagramsInDocsAreThoseOfTheModulesAsTheyAre() throws IOException {
        Path generated = Path.of("target/modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        List<String> stale = new ArrayList<>();
        Files.createDirectories(DOCS);
        try (Stream<Path> files = Files.list(generated)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Path committed = DOCS.resolve(file.getFileName());
                // the generator writes relations in no fixed order: the same lines in another order are the same diagram
                if (!Files.exists(committed) || !sortedLines(committed).equals(sortedLines(file))) {
                    stale.add(committed.toString());
                    Files.copy(file, committed, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertThat(stale).as("diagrams that did not match the modules: written anew, commit them").isEmpty();
    }

    /** What a module's package-info declares. */
    private static ApplicationModule declared(org.springframework.modulith.core.ApplicationModule module)
            throws ClassNotFoundException {
        return Class.forName(module.getBasePackage().getName() + ".package-info").getAnnotation(ApplicationModule.class);
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
