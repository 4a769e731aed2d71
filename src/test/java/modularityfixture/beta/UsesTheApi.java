package modularityfixture.beta;

import modularityfixture.alpha.Offered;

public class UsesTheApi {
    public Offered offered = new Offered();
}
