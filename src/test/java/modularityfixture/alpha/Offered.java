package modularityfixture.alpha;

@org.springframework.modulith.NamedInterface("api")
public class Offered {
}
