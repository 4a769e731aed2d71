/** Uses alpha's API only, as declared: allowed. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alpha::api"})
package modularityfixture.beta;
