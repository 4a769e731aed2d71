package org.crossroads.indexes;

import java.math.BigDecimal;
import java.util.List;

/**
 * A city's answer to one question: the chosen options' codes (one for a single-choice or yes/no question,
 * any for a multi-choice one) or a number (number-range question).
 */
public record IndexAnswer(String questionCode, List<String> optionCodes, BigDecimal number) {

    public IndexAnswer {
        optionCodes = optionCodes == null ? List.of()
                : optionCodes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
    }

    public static IndexAnswer choice(String questionCode, String... optionCodes) {
        return new IndexAnswer(questionCode, List.of(optionCodes), null);
    }

    public static IndexAnswer number(String questionCode, BigDecimal number) {
        return new IndexAnswer(questionCode, List.of(), number);
    }

    public boolean isEmpty() {
        return optionCodes.isEmpty() && number == null;
    }
}
