package modularityfixture.gamma;

import modularityfixture.alpha.Unoffered;

public class UsesANonApiType {
    public Unoffered unoffered = new Unoffered();
}
