package org.crossroads.directory.internal;

import java.util.Locale;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.tabular.Message;
import org.crossroads.shared.tabular.Problems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns the directory's field errors into import problems on the row's cells (fields are named as columns). */
@Component
class EntryProblems {

    private final MessageSource messages;

    EntryProblems(MessageSource messages) {
        this.messages = messages;
    }

    void add(int row, InvalidEntryException e, Problems problems) {
        for (FieldError error : e.errors()) {
            String english = messages.getMessage(error.messageKey(), null, error.messageKey(), Locale.ENGLISH);
            problems.add(row, error.field(), Message.of(error.messageKey(), english, error.arguments().toArray()));
        }
    }
}
