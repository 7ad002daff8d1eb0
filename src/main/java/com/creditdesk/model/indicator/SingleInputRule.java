package com.creditdesk.model.indicator;

import java.util.List;

/** A rule that reads exactly one input, named {@code input} in its JSON form. */
public sealed interface SingleInputRule extends ScoringRule
        permits LinearCapped, Tiers, DeductionFromFull, PerItem, Penalty, Interpolation, YesNo, Choice,
        Discretionary, MonthlyAccrual, Ranking, NotApplicable {

    String input();

    @Override
    default List<String> inputKeys() {
        return List.of(input());
    }
}
