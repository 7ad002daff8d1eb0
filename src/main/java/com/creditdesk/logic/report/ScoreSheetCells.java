package com.creditdesk.logic.report;

import com.creditdesk.logic.scoring.ScenarioInputs;
import com.creditdesk.model.indicator.Indicator;
import com.creditdesk.model.indicator.IndicatorKind;
import com.creditdesk.model.indicator.IndicatorScore;
import com.creditdesk.model.indicator.IndicatorStatus;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.InputProblem;
import com.creditdesk.model.indicator.InputSpec;
import com.creditdesk.model.indicator.MissingInputException;
import com.creditdesk.model.indicator.RuleInputException;
import com.creditdesk.model.indicator.SubRule;
import com.creditdesk.model.indicator.Veto;
import com.creditdesk.model.indicator.VetoFailure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The texts of one indicator's cells on the 自评打分表: the score (or why there is none — a missing
 * input is never printed as 0), the 一票否决 state, the notes, and the rule text shortened for print.
 */
final class ScoreSheetCells {

    /** The state of an indicator's 一票否决 condition in one scenario. */
    enum VetoState {
        PASSED,
        FAILED,
        MISSING,
        INVALID
    }

    /** Longest rule text printed, in characters; the rest is in the software and the notice. */
    static final int RULE_LIMIT = 120;

    private final ReportText text;
    private final IndicatorSystem system;

    ScoreSheetCells(ReportText text, IndicatorSystem system) {
        this.text = text;
        this.system = system;
    }

    static boolean hasVeto(Indicator indicator) {
        return indicator.rules().stream().anyMatch(sub -> sub.rule() instanceof Veto);
    }

    /**
     * Whether the indicator's veto conditions hold, evaluated directly so that a missing input of
     * the veto itself (not of the scored part) is told apart; empty when there is none to judge.
     */
    Optional<VetoState> veto(Indicator indicator, IndicatorScore score, ScoredScenario scenario) {
        if (!hasVeto(indicator) || score.status() == IndicatorStatus.NOT_APPLICABLE) {
            return Optional.empty();
        }
        if (scenario.result().vetoFailures().stream().anyMatch(f -> f.indicatorId().equals(indicator.id()))) {
            return Optional.of(VetoState.FAILED);
        }
        ScenarioInputs inputs = new ScenarioInputs(system, scenario.values());
        VetoState state = VetoState.PASSED;
        for (SubRule sub : indicator.rules()) {
            if (sub.rule() instanceof Veto veto) {
                try {
                    if (!veto.passes(inputs)) {
                        return Optional.of(VetoState.FAILED);
                    }
                } catch (MissingInputException e) {
                    state = VetoState.MISSING;
                } catch (RuleInputException e) {
                    state = state == VetoState.MISSING ? state : VetoState.INVALID;
                }
            }
        }
        return Optional.of(state);
    }

    /** The score cell: points, or 通过/未通过 for a veto item, or why it has no score. */
    String score(Indicator indicator, IndicatorScore score, Optional<VetoState> veto) {
        if (score.status() == IndicatorStatus.NOT_APPLICABLE) {
            return text.get("report.score.notApplicable");
        }
        if (indicator.kind() == IndicatorKind.VETO && veto.isPresent()) {
            return vetoWord(veto.get());
        }
        return switch (score.status()) {
            case SCORED -> points(score.score());
            case INVALID -> text.get("report.score.invalid");
            default -> text.get("report.score.missing");
        };
    }

    String vetoWord(VetoState state) {
        return text.get("report.score.veto." + state.name());
    }

    /** The note lines: the veto condition, missing inputs by their labels, rejected inputs. */
    String note(Indicator indicator, IndicatorScore score, Optional<VetoState> veto, ScoredScenario scenario) {
        List<String> lines = new ArrayList<>();
        if (score.status() == IndicatorStatus.NOT_APPLICABLE) {
            lines.add(text.get("report.score.movedElsewhere"));
        }
        veto.ifPresent(state -> {
            if (state == VetoState.FAILED) {
                scenario.result().vetoFailures().stream().filter(f -> f.indicatorId().equals(indicator.id()))
                        .findFirst().ifPresentOrElse(f -> lines.add(failure(f)),
                                () -> lines.add(text.get("report.score.vetoCondition", vetoWord(state))));
            } else if (indicator.kind() != IndicatorKind.VETO) {
                lines.add(text.get("report.score.vetoCondition", vetoWord(state)));
            }
        });
        if (!score.missingInputs().isEmpty()) {
            lines.add(text.get("report.score.missingInputs",
                    String.join("、", score.missingInputs().stream().map(this::label).toList())));
        }
        for (InputProblem problem : score.problems()) {
            lines.add(text.get(problem.messageKey(), problem.args().toArray()));
        }
        return String.join("\n", lines);
    }

    private String failure(VetoFailure f) {
        String limit = f.threshold() != null ? points(f.threshold())
                : f.reference() == null ? "" : label(f.reference());
        return text.get("report.score.vetoFailed", label(f.input()), value(f.value()),
                text.get("report.score.op." + f.op().name()), limit);
    }

    private String value(Object value) {
        if (value instanceof Boolean yes) {
            return text.get(yes ? "report.score.yes" : "report.score.no");
        }
        return value instanceof BigDecimal number ? points(number) : String.valueOf(value);
    }

    /** An input's Chinese label as the system names it, else its key. */
    String label(String key) {
        return system.input(key).map(InputSpec::label).orElse(key);
    }

    static String points(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** B − A with its sign, e.g. "+1.5", "-2", "0". */
    static String difference(BigDecimal a, BigDecimal b) {
        BigDecimal d = b.subtract(a);
        return (d.signum() > 0 ? "+" : "") + points(d);
    }

    /**
     * The 评分标准 as written, shortened to about {@link #RULE_LIMIT} characters at the end of a
     * sentence or clause where one is near, marked with "……"; "同左" when it only repeats the title.
     */
    String rule(Indicator indicator) {
        String rule = ReportText.nullToEmpty(indicator.ruleText())
                .replaceAll("[ \\t\\u3000]+", " ").replaceAll(" ?\\n ?", "\n");
        if (rule.isEmpty()) {
            return "";
        }
        if (rule.equals(ReportText.nullToEmpty(indicator.title()))) {
            return text.get("report.score.sameAsTitle");
        }
        return abbreviate(rule, RULE_LIMIT);
    }

    static String abbreviate(String s, int limit) {
        if (s.codePointCount(0, s.length()) <= limit) {
            return s;
        }
        String head = s.substring(0, s.offsetByCodePoints(0, limit));
        int cut = lastOf(head, "。；;\n");
        if (cut < limit * 0.6) {
            cut = lastOf(head, "，,、");
        }
        if (cut >= limit * 0.6) {
            head = head.substring(0, head.charAt(cut) == '\n' ? cut : cut + 1);
        }
        return head.strip() + "……";
    }

    private static int lastOf(String s, String marks) {
        int last = -1;
        for (char mark : marks.toCharArray()) {
            last = Math.max(last, s.lastIndexOf(mark));
        }
        return last;
    }
}
