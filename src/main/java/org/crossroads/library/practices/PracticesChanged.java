package org.crossroads.library.practices;

/** A practice, its publication or its transfers changed (or the built-in practices were loaded): ties may differ. */
public record PracticesChanged(long practiceId) {}
