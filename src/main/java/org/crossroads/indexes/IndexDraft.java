package org.crossroads.indexes;

/**
 * An index as the builder's form gives it: a code (fixed once created), its name, description and the
 * notice that says what it is and is not, each in up to four languages (English required for the name).
 */
public record IndexDraft(String code, IndexText name, IndexText description, IndexText notice) {
}
