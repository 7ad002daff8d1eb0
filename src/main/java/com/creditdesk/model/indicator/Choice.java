package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.List;

/** One of several named cases (当日自动同步得5分，人工同步或T+1得2分，其他情况不得分). */
public record Choice(String input, List<ChoiceOption> options) implements SingleInputRule {

    public Choice {
        Points.requireInput(input);
        if (options == null || options.size() < 2) {
            throw new RuleInputException("scoring.rule.invalid", "options");
        }
        options = List.copyOf(options);
    }

    @Override
    public String kindName() {
        return "CHOICE";
    }

    @Override
    public BigDecimal maxPoints() {
        return options.stream().map(ChoiceOption::points).reduce(BigDecimal.ZERO, BigDecimal::max);
    }

    @Override
    public BigDecimal evaluate(RuleInputs inputs) {
        String chosen = inputs.choice(input);
        for (ChoiceOption option : options) {
            if (option.label().equals(chosen)) {
                return option.points();
            }
        }
        throw new RuleInputException("scoring.input.badChoice", input, chosen,
                String.join("、", options.stream().map(ChoiceOption::label).toList()));
    }
}
