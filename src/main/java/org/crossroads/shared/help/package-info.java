/**
 * Help for newcomers (issue 12 §3): a short page per part of the platform and a glossary, in four languages, read from
 * {@code src/main/resources/help/<language>/} ({@code <topic>.md} in Markdown, {@code glossary.csv}); a page missing
 * in a language is shown in English, marked as not yet translated.
 */
package org.crossroads.shared.help;
