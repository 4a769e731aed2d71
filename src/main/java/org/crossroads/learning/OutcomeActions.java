package org.crossroads.learning;

/** What a reader may do with an outcome statement now, for the buttons of its page. */
public record OutcomeActions(boolean edit, boolean substantiate, boolean validate, boolean reject) {

    public static final OutcomeActions NONE = new OutcomeActions(false, false, false, false);

    public boolean any() {
        return edit || substantiate || validate || reject;
    }
}
