package modularityfixture;

/**
 * The root of four tiny modules declared the way Crossroads declares its own, for {@code ModularityTests} to prove
 * that the rules reject what they should: see the modules' package-info.
 */
@org.springframework.modulith.Modulithic
public class FixtureApplication {
}
