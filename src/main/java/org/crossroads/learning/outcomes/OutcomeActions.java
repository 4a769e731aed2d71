package org.crossroads.learning.outcomes;

/**
 * What a reader may do with an outcome statement now, for the buttons of its page.
 *
 * @param correctOrWithdraw correct or withdraw a validated statement (coordinators of its network, administrators)
 * @param restore restore a withdrawn statement (the same people)
 */
public record OutcomeActions(boolean edit, boolean substantiate, boolean validate, boolean reject, boolean correctOrWithdraw,
        boolean restore) {

    public static final OutcomeActions NONE = new OutcomeActions(false, false, false, false, false, false);

    public boolean any() {
        return edit || substantiate || validate || reject || correctOrWithdraw || restore;
    }
}
