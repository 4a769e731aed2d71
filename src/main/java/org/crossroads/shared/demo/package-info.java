/**
 * The demonstration dataset (issue 12 §3): each module's generated part, added at start with
 * {@code crossroads.demo=true} or from {@code /admin/demo}, labelled on every page, left out of exports unless asked,
 * and removed in one step.
 */
package org.crossroads.shared.demo;
