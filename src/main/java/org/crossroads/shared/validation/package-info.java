/** How every module reports rejected input (by field and message key) and lost-update conflicts. */
package org.crossroads.shared.validation;
