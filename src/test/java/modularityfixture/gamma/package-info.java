/** Declares alpha's API but uses a public type of alpha outside it: rejected. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alpha::api"})
package modularityfixture.gamma;
