package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * 月均前10名得20分；每后10名扣2分；低于100名不得分: rank ≤ topRank gives topPoints, each further
 * band of {@code bandSize} places loses {@code deduction}, a rank beyond lastRank gives 0.
 */
public record Ranking(String input, int topRank, BigDecimal topPoints, int bandSize, BigDecimal deduction,
                      int lastRank) implements SingleInputRule {

    public Ranking {
        Points.requireInput(input);
        Points.requirePositive(topPoints, "topPoints");
        Points.requireNonNegative(deduction, "deduction");
        if (topRank < 1 || bandSize < 1 || lastRank < topRank) {
            throw new RuleInputException("scoring.rule.invalid", "rank bounds");
        }
    }

    @Override
    public String kindName() {
        return "RANKING";
    }

    @Override
    public BigDecimal maxPoints() {
        return topPoints;
    }

    @Override
    public BigDecimal evaluate(RuleInputs inputs) {
        BigDecimal rank = inputs.number(input);
        if (rank.compareTo(BigDecimal.ONE) < 0) {
            throw new RuleInputException("scoring.input.outOfRange", input, rank.toPlainString(), 1, "");
        }
        if (rank.compareTo(BigDecimal.valueOf(lastRank)) > 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal beyondTop = rank.subtract(BigDecimal.valueOf(topRank));
        if (beyondTop.signum() <= 0) {
            return topPoints;
        }
        BigDecimal bands = beyondTop.divide(BigDecimal.valueOf(bandSize), 0, RoundingMode.CEILING);
        return Points.clamp(topPoints.subtract(bands.multiply(deduction)), BigDecimal.ZERO, topPoints);
    }

    @Override
    public List<BigDecimal> keyValues() {
        return List.of(BigDecimal.valueOf(topRank), BigDecimal.valueOf(lastRank));
    }
}
