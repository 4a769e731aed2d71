/** What is not yet translated, across modules: each module's {@link org.crossroads.shared.translation.TranslationGaps}. */
package org.crossroads.shared.translation;
