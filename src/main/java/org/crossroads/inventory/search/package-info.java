/**
 * The initiatives' faceted search, read in four languages ({@link org.crossroads.inventory.search.InitiativeSearch}):
 * exposed so that the platform-wide search (library.search) asks initiatives through the same rules as their list.
 */
@org.springframework.modulith.NamedInterface("search")
package org.crossroads.inventory.search;
