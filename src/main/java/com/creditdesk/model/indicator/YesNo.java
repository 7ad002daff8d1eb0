package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.List;

/** 建有…得2分: yesPoints when the input is 是, noPoints otherwise (either may be the larger). */
public record YesNo(String input, BigDecimal yesPoints, BigDecimal noPoints) implements SingleInputRule {

    public YesNo {
        Points.requireInput(input);
        Points.requireNonNegative(yesPoints, "yesPoints");
        noPoints = noPoints == null ? BigDecimal.ZERO : noPoints;
        Points.requireNonNegative(noPoints, "noPoints");
    }

    @Override
    public String kindName() {
        return "YES_NO";
    }

    @Override
    public BigDecimal maxPoints() {
        return yesPoints.max(noPoints);
    }

    @Override
    public BigDecimal evaluate(RuleInputs inputs) {
        return inputs.yes(input) ? yesPoints : noPoints;
    }
}
