/**
 * Accounts and access: editor accounts, their roles (administrator, network coordinator, city focal
 * point, contributor) and scope, requests for an account, first passwords and password resets by link, login with
 * its throttle, display names, and the web security rules. Uses the shared core and records changes in the audit
 * trail; the directory tells it which organisation or city an editor belongs to ({@code Affiliations}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
        allowedDependencies = {"shared", "shared::*", "audit::api"})
package org.crossroads.accounts;
