package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * 按月统计: each month that meets the condition (value {@code goodWhen} {@code goodValue}) gains
 * {@code gain}, each other month loses {@code deduction}; the total lies in [0, months × gain].
 * The input is the list of monthly values or the number of months that met the condition.
 */
public record MonthlyAccrual(String input, Comparison goodWhen, BigDecimal goodValue, BigDecimal gain,
                             BigDecimal deduction, int months) implements SingleInputRule {

    public MonthlyAccrual {
        Points.requireInput(input);
        if (goodWhen == null || goodWhen == Comparison.YES || goodValue == null) {
            throw new RuleInputException("scoring.rule.invalid", "goodWhen");
        }
        Points.requirePositive(gain, "gain");
        Points.requireNonNegative(deduction, "deduction");
        if (months <= 0) {
            throw new RuleInputException("scoring.rule.invalid", "months");
        }
    }

    @Override
    public String kindName() {
        return "MONTHLY";
    }

    @Override
    public BigDecimal maxPoints() {
        return gain.multiply(BigDecimal.valueOf(months));
    }

    @Override
    public BigDecimal evaluate(RuleInputs inputs) {
        int good = goodMonths(inputs);
        BigDecimal points = gain.multiply(BigDecimal.valueOf(good))
                .subtract(deduction.multiply(BigDecimal.valueOf(months - good)));
        return Points.clamp(points, BigDecimal.ZERO, maxPoints());
    }

    public int goodMonths(RuleInputs inputs) {
        List<BigDecimal> values = inputs.monthly(input);
        if (values == null) {
            BigDecimal count = inputs.number(input);
            if (count.signum() < 0 || count.compareTo(BigDecimal.valueOf(months)) > 0
                    || count.stripTrailingZeros().scale() > 0) {
                throw new RuleInputException("scoring.input.notMonthly", input, months, count.toPlainString());
            }
            return count.intValue();
        }
        if (values.size() != months) {
            throw new RuleInputException("scoring.input.notMonthly", input, months, values.size());
        }
        int good = 0;
        for (BigDecimal value : values) {
            if (goodWhen.test(value, goodValue)) {
                good++;
            }
        }
        return good;
    }
}
