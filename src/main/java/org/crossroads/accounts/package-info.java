/**
 * Accounts and access: editor accounts, their roles (administrator, network coordinator, city focal
 * point, contributor), login and the web security rules. Depends only on the shared core.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.crossroads.accounts;
