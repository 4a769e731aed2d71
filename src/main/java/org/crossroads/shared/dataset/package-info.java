/**
 * The built-in dataset's settings ({@code crossroads.dataset.*}): whether each module loads its built-in records at
 * first start, and from where. Every module with built-in records reads them; none owns them, so they live here.
 */
package org.crossroads.shared.dataset;
