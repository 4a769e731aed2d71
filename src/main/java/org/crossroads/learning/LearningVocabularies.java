package org.crossroads.learning;

/** The names of the learning module's controlled vocabularies in {@code vocabulary/terms.csv}. */
public final class LearningVocabularies {

    public static final String EVENT_FORMAT = "event_format";
    public static final String LEARNING_METHOD = "learning_method";
    public static final String POSITION = "participant_position";
    public static final String GENDER = "gender";
    public static final String CHANGE_TYPE = "change_type";
    public static final String CAPABILITY_LEVEL = "capability_level";
    public static final String OUTCOME_STATUS = "outcome_status";

    private LearningVocabularies() {
    }
}
