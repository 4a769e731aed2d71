/** Declares alpha's API but uses beta, which it does not declare (like a new data → learning dependency): rejected. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alpha::api"})
package modularityfixture.delta;
