/**
 * Kinds of record other modules add to the one search without the library depending on them: a module that depends on
 * the library (commitments' pledges and recommendations) implements {@link org.crossroads.library.search.kinds.SearchableKind}
 * and the one search asks it as it asks its own kinds.
 */
@org.springframework.modulith.NamedInterface("search-kinds")
package org.crossroads.library.search.kinds;
