/**
 * Multilingual search machinery every module's search composes: query understanding (names, labels and
 * acronyms that a query phrase stands for, typo correction) and the SQL functions of migration V6
 * (normalisation, a text vector with English, French, Spanish and Arabic stems, queries over it).
 * See docs/decisions/0012-multilingual-search.md and docs/library.md, "Multilingual search".
 */
package org.crossroads.shared.search;
