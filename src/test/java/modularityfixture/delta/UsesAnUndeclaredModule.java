package modularityfixture.delta;

import modularityfixture.beta.UsesTheApi;

public class UsesAnUndeclaredModule {
    public UsesTheApi other = new UsesTheApi();
}
