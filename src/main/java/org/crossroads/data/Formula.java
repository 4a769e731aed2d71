package org.crossroads.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.expression.Expression;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

/**
 * The formula of a computed indicator: arithmetic (+ - * / and parentheses) over numbers and other
 * indicators' codes, e.g. {@code foreign_born_residents / population * 100}. Parsed by Spring's
 * expression language in its restricted mode (no types, no methods), after codes become variables.
 */
public final class Formula {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9_.+\\-*/() \\t]+");
    private static final Pattern CODE = Pattern.compile("\\b[a-z][a-z0-9_.]*");
    private static final SpelExpressionParser PARSER = new SpelExpressionParser();

    private final List<String> inputs;
    private final Expression expression;

    private Formula(List<String> inputs, Expression expression) {
        this.inputs = inputs;
        this.expression = expression;
    }

    /** @throws IllegalArgumentException when the text is not such a formula */
    public static Formula parse(String text) {
        if (text == null || text.isBlank() || text.length() > 500 || !ALLOWED.matcher(text.strip()).matches()) {
            throw new IllegalArgumentException("Use indicator codes, numbers, + - * / and parentheses");
        }
        Set<String> codes = new LinkedHashSet<>();
        Matcher m = CODE.matcher(text);
        StringBuilder spel = new StringBuilder();
        while (m.find()) {
            codes.add(m.group());
            m.appendReplacement(spel, "#v" + new ArrayList<>(codes).indexOf(m.group()));
        }
        m.appendTail(spel);
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("A formula uses at least one indicator");
        }
        try {
            return new Formula(List.copyOf(codes), PARSER.parseExpression(spel.toString()));
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a valid formula: " + e.getSimpleMessage());
        }
    }

    /** The indicator codes it uses, in order of first use. */
    public List<String> inputs() {
        return inputs;
    }

    /** The result, or empty when an input is missing or the arithmetic has no finite result (division by zero). */
    public Optional<BigDecimal> evaluate(Map<String, BigDecimal> values) {
        SimpleEvaluationContext context = SimpleEvaluationContext.forReadOnlyDataBinding().build();
        for (int i = 0; i < inputs.size(); i++) {
            BigDecimal value = values.get(inputs.get(i));
            if (value == null) {
                return Optional.empty();
            }
            context.setVariable("v" + i, value.doubleValue());
        }
        Object result = expression.getValue(context);
        if (!(result instanceof Number number) || !Double.isFinite(number.doubleValue())) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(number.doubleValue()).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros());
    }
}
