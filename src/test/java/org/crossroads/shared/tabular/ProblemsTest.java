package org.crossroads.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import org.crossroads.shared.validation.FieldError;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class ProblemsTest {

    @Test
    void validationErrorsBecomeProblemsInTheColumnsOfTheirFieldsWithTheEnglishPattern() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("test.unknownPlace", Locale.ENGLISH, "No place \"{0}\".");
        Problems problems = new Problems();

        problems.add(4, List.of(FieldError.of("city", "test.unknownPlace", "L'Aquila"), FieldError.of("name", "test.noMessage")),
                messages);

        assertThat(problems.list()).extracting(Problem::row, Problem::column, Problem::text)
                .containsExactly(tuple(4, "city", "No place \"L'Aquila\"."),
                        tuple(4, "name", "test.noMessage"));
        assertThat(problems.list().get(0).reason().english()).isEqualTo("No place \"{0}\".");
        assertThat(problems.rowsWithProblems()).isEqualTo(1);
    }
}
