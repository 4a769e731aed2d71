/** Offers {@link modularityfixture.alpha.Offered} as its API; {@link modularityfixture.alpha.Unoffered} is public but not API. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package modularityfixture.alpha;
