/**
 * Practices: structured, transferable lessons of cities and the records of where they were transferred. Other
 * modules read the published transfers through {@link org.crossroads.library.practices.PracticeTransfers} and
 * hear of changes through {@link org.crossroads.library.practices.PracticesChanged}.
 */
@org.springframework.modulith.NamedInterface("practices")
package org.crossroads.library.practices;
