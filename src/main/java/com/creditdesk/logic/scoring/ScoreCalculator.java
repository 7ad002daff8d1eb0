package com.creditdesk.logic.scoring;

import com.creditdesk.model.indicator.Category;
import com.creditdesk.model.indicator.CategoryScore;
import com.creditdesk.model.indicator.Combine;
import com.creditdesk.model.indicator.Indicator;
import com.creditdesk.model.indicator.IndicatorKind;
import com.creditdesk.model.indicator.IndicatorScore;
import com.creditdesk.model.indicator.IndicatorStatus;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.InputProblem;
import com.creditdesk.model.indicator.MissingInputException;
import com.creditdesk.model.indicator.NotApplicable;
import com.creditdesk.model.indicator.Points;
import com.creditdesk.model.indicator.RuleInputException;
import com.creditdesk.model.indicator.ScoreResult;
import com.creditdesk.model.indicator.ScoringRule;
import com.creditdesk.model.indicator.SubRule;
import com.creditdesk.model.indicator.Unconfirmed;
import com.creditdesk.model.indicator.Veto;
import com.creditdesk.model.indicator.VetoFailure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Evaluates a what-if scenario against an indicator system. Missing inputs are listed and leave
 * the indicator's score null (never assumed 0); rejected inputs are reported with a message key.
 */
public final class ScoreCalculator {

    public ScoreResult evaluate(IndicatorSystem system, Map<String, ?> values) {
        ScenarioInputs inputs = new ScenarioInputs(system, values);
        Applicability applicability = applicability(system, inputs);
        List<VetoFailure> vetoFailures = new ArrayList<>();
        List<IndicatorScore> indicatorScores = new ArrayList<>();
        List<CategoryScore> categoryScores = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal bonusMax = BigDecimal.ZERO;
        boolean complete = true;
        Set<String> missing = new TreeSet<>();
        for (Category category : system.categories()) {
            BigDecimal categoryScore = BigDecimal.ZERO;
            BigDecimal categoryMax = BigDecimal.ZERO;
            boolean categoryComplete = true;
            boolean bonusCategory = !category.indicators().isEmpty();
            for (Indicator indicator : category.indicators()) {
                IndicatorScore score = score(indicator, inputs, applicability, vetoFailures);
                indicatorScores.add(score);
                missing.addAll(score.missingInputs());
                categoryScore = categoryScore.add(Points.orZero(score.score()));
                categoryMax = categoryMax.add(Points.orZero(score.max()));
                categoryComplete &= score.score() != null;
                bonusCategory &= indicator.kind() == IndicatorKind.BONUS;
            }
            if (category.maxPoints() != null) {
                categoryMax = category.maxPoints();
                categoryScore = categoryScore.min(categoryMax);
            }
            categoryScores.add(new CategoryScore(category.code(), category.title(), Points.normalize(categoryScore),
                    Points.normalize(categoryMax), categoryComplete));
            complete &= categoryComplete;
            if (bonusCategory) {
                bonus = bonus.add(categoryScore);
                bonusMax = bonusMax.add(categoryMax);
            } else {
                total = total.add(categoryScore);
                max = max.add(categoryMax);
            }
        }
        if (system.bonusCap() != null) {
            bonus = bonus.min(system.bonusCap());
            bonusMax = bonusMax.min(system.bonusCap());
        }
        return new ScoreResult(system.code(), Points.normalize(total.add(bonus)), Points.normalize(max),
                Points.normalize(bonus), Points.normalize(bonusMax),
                vetoFailures.isEmpty() ? null : ScoreResult.VETOED, vetoFailures, categoryScores,
                indicatorScores, List.copyOf(missing), complete);
    }

    /** Scores one indicator alone (used by the gain analysis to try changed inputs). */
    IndicatorScore score(IndicatorSystem system, Indicator indicator, Map<String, ?> values) {
        ScenarioInputs inputs = new ScenarioInputs(system, values);
        return score(indicator, inputs, applicability(system, inputs), new ArrayList<>());
    }

    private IndicatorScore score(Indicator indicator, ScenarioInputs inputs, Applicability applicability,
                                 List<VetoFailure> vetoFailures) {
        Set<String> missing = new LinkedHashSet<>(applicability.missing.getOrDefault(indicator.id(), Set.of()));
        List<InputProblem> problems = new ArrayList<>(applicability.problems.getOrDefault(indicator.id(), List.of()));
        String ruleKinds = ruleKinds(indicator);
        if (applicability.notApplicable.contains(indicator.id())) {
            return new IndicatorScore(indicator.id(), indicator.code(), indicator.title(), indicator.kind(),
                    BigDecimal.ZERO, BigDecimal.ZERO, ruleKinds, IndicatorStatus.NOT_APPLICABLE, List.of(), List.of());
        }
        BigDecimal max = indicator.maxPoints();
        BigDecimal factor = BigDecimal.ONE;
        BigDecimal rescaled = applicability.rescaledMax.get(indicator.id());
        if (rescaled != null && max != null && max.signum() > 0) {
            factor = Points.divide(rescaled, max);
            max = rescaled;
        }
        BigDecimal combined = null;
        boolean unconfirmed = false;
        for (SubRule sub : indicator.rules()) {
            ScoringRule rule = sub.rule();
            try {
                if (rule instanceof Unconfirmed) {
                    // 待确认规则: no score and no veto verdict until the coordinator types the rule
                    unconfirmed = true;
                } else if (rule instanceof Veto veto) {
                    if (!veto.passes(inputs)) {
                        vetoFailures.add(new VetoFailure(indicator.id(), indicator.code(), indicator.title(),
                                veto.input(), inputs.raw(veto.input()), veto.op(), veto.threshold(), veto.reference()));
                    }
                } else if (!(rule instanceof NotApplicable)) {
                    BigDecimal points = rule.evaluate(inputs);
                    combined = combined == null ? points
                            : indicator.combine() == Combine.MAX ? combined.max(points) : combined.add(points);
                }
            } catch (MissingInputException e) {
                missing.add(e.inputKey());
            } catch (RuleInputException e) {
                problems.add(new InputProblem(indicator.id(), e.key(), Arrays.asList(e.args())));
            }
        }
        IndicatorStatus status = !problems.isEmpty() ? IndicatorStatus.INVALID
                : unconfirmed ? IndicatorStatus.UNCONFIRMED
                : !missing.isEmpty() ? IndicatorStatus.INCOMPLETE : IndicatorStatus.SCORED;
        BigDecimal score = null;
        if (status == IndicatorStatus.SCORED) {
            score = Points.normalize(Points.clamp(Points.orZero(combined).multiply(factor), indicator.floor(), max));
        }
        return new IndicatorScore(indicator.id(), indicator.code(), indicator.title(), indicator.kind(), score,
                max == null ? null : Points.normalize(max), ruleKinds, status, List.copyOf(missing), problems);
    }

    static String ruleKinds(Indicator indicator) {
        Set<String> kinds = new LinkedHashSet<>();
        indicator.rules().forEach(sub -> kinds.add(sub.rule().kindName()));
        return String.join("+", kinds);
    }

    private static Applicability applicability(IndicatorSystem system, ScenarioInputs inputs) {
        Applicability result = new Applicability();
        for (Indicator indicator : system.indicators()) {
            for (SubRule sub : indicator.rules()) {
                if (sub.rule() instanceof NotApplicable rule) {
                    try {
                        if (rule.holds(inputs)) {
                            result.notApplicable.add(indicator.id());
                            result.rescaledMax.put(rule.moveTo(), rule.moveToMax());
                        }
                    } catch (MissingInputException e) {
                        // unknown condition: both indicators stay applicable, the input is reported missing
                        result.missing.computeIfAbsent(indicator.id(), id -> new LinkedHashSet<>()).add(e.inputKey());
                    } catch (RuleInputException e) {
                        result.problems.computeIfAbsent(indicator.id(), id -> new ArrayList<>())
                                .add(new InputProblem(indicator.id(), e.key(), Arrays.asList(e.args())));
                    }
                }
            }
        }
        return result;
    }

    private static final class Applicability {
        final Set<String> notApplicable = new HashSet<>();
        final Map<String, BigDecimal> rescaledMax = new HashMap<>();
        final Map<String, Set<String>> missing = new HashMap<>();
        final Map<String, List<InputProblem>> problems = new HashMap<>();
    }
}
