package modularityfixture.alpha;

public class Unoffered {
}
