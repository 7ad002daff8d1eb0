package com.creditdesk.logic.scoring;

import com.creditdesk.model.indicator.DerivedInput;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.InputSpec;
import com.creditdesk.model.indicator.InputUnit;
import com.creditdesk.model.indicator.MissingInputException;
import com.creditdesk.model.indicator.RuleInputException;
import com.creditdesk.model.indicator.RuleInputs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scenario's raw values (numbers, 是/否, lists of monthly values, option labels, as read from
 * JSON) checked against the system's {@link InputSpec}s. Derived inputs (rates from counts) are
 * computed when the scenario does not give them directly.
 */
public final class ScenarioInputs implements RuleInputs {

    private final Map<String, InputSpec> specs = new HashMap<>();
    private final Map<String, Object> raw;
    private final Map<String, BigDecimal> numbers = new HashMap<>();
    private final Map<String, RuleInputException> derivedProblems = new HashMap<>();

    public ScenarioInputs(IndicatorSystem system, Map<String, ?> values) {
        system.inputs().forEach(spec -> specs.put(spec.key(), spec));
        this.raw = new HashMap<>();
        values.forEach((key, value) -> {
            if (value != null) {
                raw.put(key, value);
            }
        });
        for (DerivedInput derived : system.derived()) {
            derive(derived);
        }
    }

    private void derive(DerivedInput derived) {
        if (raw.containsKey(derived.key())
                || !raw.containsKey(derived.numerator()) || !raw.containsKey(derived.denominator())) {
            return;
        }
        try {
            BigDecimal denominator = number(derived.denominator());
            if (denominator.signum() == 0) {
                throw new RuleInputException("scoring.input.zeroDenominator", derived.key(), derived.denominator());
            }
            BigDecimal value = number(derived.numerator()).multiply(derived.scale())
                    .divide(denominator, com.creditdesk.model.indicator.Points.MATH);
            raw.put(derived.key(), value);
        } catch (RuleInputException e) {
            derivedProblems.put(derived.key(), e);
        }
    }

    /** The value as given (or derived), for reports; null when absent. */
    public Object raw(String key) {
        return raw.get(key);
    }

    public boolean has(String key) {
        return raw.containsKey(key);
    }

    private Object require(String key) {
        RuleInputException problem = derivedProblems.get(key);
        if (problem != null) {
            throw problem;
        }
        Object value = raw.get(key);
        if (value == null) {
            throw new MissingInputException(key);
        }
        return value;
    }

    private InputSpec spec(String key) {
        InputSpec spec = specs.get(key);
        if (spec == null) {
            throw new RuleInputException("scoring.input.undefined", key);
        }
        return spec;
    }

    @Override
    public BigDecimal number(String key) {
        BigDecimal cached = numbers.get(key);
        if (cached != null) {
            return cached;
        }
        InputSpec spec = spec(key);
        BigDecimal value = toNumber(key, require(key));
        checkRange(spec, value);
        numbers.put(key, value);
        return value;
    }

    private static BigDecimal toNumber(String key, Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof String text) {
            String cleaned = text.trim().replace("％", "%");
            if (cleaned.endsWith("%")) {
                cleaned = cleaned.substring(0, cleaned.length() - 1).trim();
            }
            try {
                return new BigDecimal(cleaned);
            } catch (NumberFormatException e) {
                throw new RuleInputException("scoring.input.notNumber", key, text);
            }
        }
        throw new RuleInputException("scoring.input.notNumber", key, String.valueOf(value));
    }

    private static void checkRange(InputSpec spec, BigDecimal value) {
        BigDecimal min = spec.effectiveMin();
        BigDecimal max = spec.effectiveMax();
        if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
            throw new RuleInputException("scoring.input.outOfRange", spec.label(), value.toPlainString(),
                    min == null ? "" : min.toPlainString(), max == null ? "" : max.toPlainString());
        }
        boolean whole = spec.unit() == InputUnit.COUNT || spec.unit() == InputUnit.RANK
                || spec.unit() == InputUnit.MONTHLY;
        if (whole && value.stripTrailingZeros().scale() > 0) {
            throw new RuleInputException("scoring.input.notWhole", spec.label(), value.toPlainString());
        }
    }

    @Override
    public boolean yes(String key) {
        InputSpec spec = spec(key);
        Object value = require(key);
        if (value instanceof Boolean flag) {
            return flag;
        }
        String text = String.valueOf(value).trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "是", "有", "yes", "true", "1", "y" -> true;
            case "否", "无", "no", "false", "0", "n" -> false;
            default -> throw new RuleInputException("scoring.input.notYesNo", spec.label(), String.valueOf(value));
        };
    }

    @Override
    public List<BigDecimal> monthly(String key) {
        InputSpec spec = spec(key);
        Object value = require(key);
        if (!(value instanceof List<?> list)) {
            return null;
        }
        List<BigDecimal> months = new ArrayList<>(list.size());
        for (Object month : list) {
            if (month == null) {
                throw new RuleInputException("scoring.input.notMonthly", spec.label(), list.size(), "null");
            }
            months.add(toNumber(key, month));
        }
        return months;
    }

    @Override
    public String choice(String key) {
        spec(key);
        return String.valueOf(require(key)).trim();
    }
}
