package com.creditdesk.logic.scoring;

import com.creditdesk.model.indicator.Choice;
import com.creditdesk.model.indicator.ChoiceOption;
import com.creditdesk.model.indicator.Gain;
import com.creditdesk.model.indicator.Indicator;
import com.creditdesk.model.indicator.IndicatorScore;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.InputSpec;
import com.creditdesk.model.indicator.InputUnit;
import com.creditdesk.model.indicator.MonthlyAccrual;
import com.creditdesk.model.indicator.NotApplicable;
import com.creditdesk.model.indicator.Points;
import com.creditdesk.model.indicator.ScoringRule;
import com.creditdesk.model.indicator.SubRule;
import com.creditdesk.model.indicator.Veto;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * "最容易得分": for each scored indicator still short of its max, the single-input change that
 * gains the most points, with the smallest change among equal gains (联合奖惩领域 +8 → +0.2分).
 * Candidate values come from the rules' breakpoints and, for whole-number inputs, nearby values.
 */
public final class GainAnalyzer {

    private static final int WHOLE_NUMBER_REACH = 60;
    private static final BigDecimal NUDGE = new BigDecimal("0.01");

    private final ScoreCalculator calculator = new ScoreCalculator();

    public List<Gain> analyze(IndicatorSystem system, Map<String, ?> values) {
        List<Gain> gains = new ArrayList<>();
        for (Indicator indicator : system.indicators()) {
            IndicatorScore current = calculator.score(system, indicator, values);
            if (current.score() == null || current.max() == null || current.score().compareTo(current.max()) >= 0) {
                continue;
            }
            for (String key : scoredInputs(indicator)) {
                Gain best = bestChange(system, indicator, values, current, key);
                if (best != null) {
                    gains.add(best);
                }
            }
        }
        gains.sort(Comparator.comparing(Gain::pointsGained).reversed()
                .thenComparing(gain -> gain.change() == null ? BigDecimal.ZERO : gain.change().abs()));
        return gains;
    }

    private static Set<String> scoredInputs(Indicator indicator) {
        Set<String> keys = new LinkedHashSet<>();
        for (SubRule sub : indicator.rules()) {
            if (!(sub.rule() instanceof Veto) && !(sub.rule() instanceof NotApplicable)) {
                keys.addAll(sub.rule().inputKeys());
            }
        }
        return keys;
    }

    private Gain bestChange(IndicatorSystem system, Indicator indicator, Map<String, ?> values,
                            IndicatorScore current, String key) {
        InputSpec spec = system.input(key).orElseThrow();
        ScenarioInputs inputs = new ScenarioInputs(system, values);
        Object currentValue = inputs.raw(key);
        BigDecimal currentNumber = currentNumber(inputs, spec, key);
        Gain best = null;
        for (Object candidate : candidates(indicator, spec, currentNumber)) {
            Map<String, Object> changed = new HashMap<>(values);
            changed.put(key, candidate);
            IndicatorScore score = calculator.score(system, indicator, changed);
            if (score.score() == null) {
                continue;
            }
            BigDecimal gained = score.score().subtract(current.score());
            if (gained.signum() <= 0) {
                continue;
            }
            BigDecimal change = candidate instanceof BigDecimal number && currentNumber != null
                    ? Points.normalize(number.subtract(currentNumber)) : null;
            if (best == null || gained.compareTo(best.pointsGained()) > 0
                    || (gained.compareTo(best.pointsGained()) == 0 && smaller(change, best.change()))) {
                best = new Gain(indicator.id(), indicator.code(), indicator.title(), current.score(), current.max(),
                        Points.normalize(current.max().subtract(current.score())), key, spec.label(), currentValue,
                        candidate, change, Points.normalize(gained));
            }
        }
        return best;
    }

    private static boolean smaller(BigDecimal change, BigDecimal other) {
        return change != null && (other == null || change.abs().compareTo(other.abs()) < 0);
    }

    private static BigDecimal currentNumber(ScenarioInputs inputs, InputSpec spec, String key) {
        if (spec.unit() == InputUnit.YESNO || spec.unit() == InputUnit.CHOICE || !inputs.has(key)) {
            return null;
        }
        if (inputs.raw(key) instanceof List<?>) {
            return null;
        }
        return inputs.number(key);
    }

    private static List<Object> candidates(Indicator indicator, InputSpec spec, BigDecimal current) {
        List<Object> candidates = new ArrayList<>();
        switch (spec.unit()) {
            case YESNO -> candidates.addAll(List.of(Boolean.TRUE, Boolean.FALSE));
            case CHOICE -> rulesReading(indicator, spec.key()).stream().filter(Choice.class::isInstance)
                    .flatMap(rule -> ((Choice) rule).options().stream()).map(ChoiceOption::label)
                    .forEach(candidates::add);
            case MONTHLY -> rulesReading(indicator, spec.key()).stream().filter(MonthlyAccrual.class::isInstance)
                    .map(rule -> ((MonthlyAccrual) rule).months()).findFirst()
                    .ifPresent(months -> {
                        for (int good = 0; good <= months; good++) {
                            candidates.add(BigDecimal.valueOf(good));
                        }
                    });
            default -> candidates.addAll(numericCandidates(indicator, spec, current));
        }
        return candidates;
    }

    private static Set<BigDecimal> numericCandidates(Indicator indicator, InputSpec spec, BigDecimal current) {
        boolean whole = spec.unit() == InputUnit.COUNT || spec.unit() == InputUnit.RANK;
        Set<BigDecimal> values = new TreeSet<>();
        for (ScoringRule rule : rulesReading(indicator, spec.key())) {
            for (BigDecimal key : rule.keyValues()) {
                if (whole) {
                    BigDecimal floor = key.setScale(0, java.math.RoundingMode.FLOOR);
                    values.add(floor);
                    values.add(floor.add(BigDecimal.ONE));
                    values.add(floor.subtract(BigDecimal.ONE));
                } else {
                    values.add(key);
                    values.add(key.add(NUDGE));
                    values.add(key.subtract(NUDGE));
                }
            }
        }
        if (current != null && whole) {
            for (int step = 1; step <= WHOLE_NUMBER_REACH; step++) {
                values.add(current.add(BigDecimal.valueOf(step)));
                values.add(current.subtract(BigDecimal.valueOf(step)));
            }
        }
        BigDecimal min = spec.effectiveMin();
        BigDecimal max = spec.effectiveMax();
        values.removeIf(value -> (min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)
                || (current != null && value.compareTo(current) == 0));
        return values;
    }

    private static List<ScoringRule> rulesReading(Indicator indicator, String key) {
        return indicator.rules().stream().map(SubRule::rule).filter(rule -> rule.inputKeys().contains(key)).toList();
    }
}
