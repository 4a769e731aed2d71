/**
 * Protecting public statistics: {@link org.crossroads.shared.statistics.SmallCellSuppression} hides small
 * counts ("&lt;5") and the complementary figures that would give them away (decision 0007). Every module
 * that shows counts to the public uses this one rule. Part of the shared core: depends on no feature module.
 */
package org.crossroads.shared.statistics;
