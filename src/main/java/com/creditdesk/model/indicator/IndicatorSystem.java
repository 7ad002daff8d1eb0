package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A complete indicator system (评分指标体系) with its scenario inputs. {@code documentedTotal} is the
 * total the source states or implies (null if none); {@code bonusCap} caps all 附加项 together.
 */
public record IndicatorSystem(String code, String name, String source, BigDecimal documentedTotal,
                              BigDecimal bonusCap, String note, List<Category> categories,
                              List<InputSpec> inputs, List<DerivedInput> derived) {

    public IndicatorSystem {
        Points.requireInput(code);
        if (name == null || categories == null || inputs == null) {
            throw new RuleInputException("scoring.rule.invalid", "system " + code);
        }
        categories = List.copyOf(categories);
        inputs = List.copyOf(inputs);
        derived = derived == null ? List.of() : List.copyOf(derived);
    }

    public List<Indicator> indicators() {
        List<Indicator> all = new ArrayList<>();
        categories.forEach(category -> all.addAll(category.indicators()));
        return all;
    }

    public Optional<InputSpec> input(String key) {
        return inputs.stream().filter(spec -> spec.key().equals(key)).findFirst();
    }

    public Optional<Indicator> indicator(String id) {
        return indicators().stream().filter(indicator -> indicator.id().equals(id)).findFirst();
    }
}
