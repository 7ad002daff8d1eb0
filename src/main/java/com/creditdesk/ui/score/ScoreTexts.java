package com.creditdesk.ui.score;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.indicator.Comparison;
import com.creditdesk.model.indicator.Gain;
import com.creditdesk.model.indicator.IndicatorKind;
import com.creditdesk.model.indicator.IndicatorScore;
import com.creditdesk.model.indicator.IndicatorStatus;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.InputProblem;
import com.creditdesk.model.indicator.InputSpec;
import com.creditdesk.model.indicator.ScoreResult;
import com.creditdesk.model.indicator.VetoFailure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Turns scores, veto failures and gains into the Chinese sentences the screen shows. */
final class ScoreTexts {

    private final Messages messages;

    ScoreTexts(Messages messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String points(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    String total(ScoreResult result) {
        String key = result.complete() ? "score.total" : "score.totalIncomplete";
        String text = messages.get(key, points(result.total()), points(result.max()), result.missing().size());
        long unconfirmed = result.indicators().stream().filter(i -> i.status() == IndicatorStatus.UNCONFIRMED).count();
        if (unconfirmed > 0) {
            text += messages.get("score.unconfirmedCount", unconfirmed);
        }
        if (result.bonusMax().signum() > 0) {
            text += messages.get("score.bonus", points(result.bonus()), points(result.bonusMax()));
        }
        return result.vetoed() ? messages.get("score.vetoedPrefix") + text : text;
    }

    String indicatorScore(IndicatorScore score, boolean vetoFailed) {
        if (score.kind() == IndicatorKind.VETO) {
            if (vetoFailed) {
                return messages.get("score.veto.failed");
            }
            return score.status() != IndicatorStatus.UNCONFIRMED
                    && score.missingInputs().isEmpty() && score.problems().isEmpty()
                    ? messages.get("score.veto.passed") : messages.get(statusKey(score.status()));
        }
        return switch (score.status()) {
            case SCORED -> messages.get("score.points", points(score.score()), points(score.max()));
            default -> messages.get(statusKey(score.status()));
        };
    }

    private static String statusKey(IndicatorStatus status) {
        return switch (status) {
            case SCORED -> "score.status.SCORED";
            case INCOMPLETE -> "score.status.INCOMPLETE";
            case INVALID -> "score.status.INVALID";
            case NOT_APPLICABLE -> "score.status.NOT_APPLICABLE";
            case UNCONFIRMED -> "score.status.UNCONFIRMED";
        };
    }

    private static String opKey(Comparison op) {
        return switch (op) {
            case LT -> "score.op.LT";
            case LE -> "score.op.LE";
            case GT -> "score.op.GT";
            case GE -> "score.op.GE";
            case EQ -> "score.op.EQ";
            case YES -> "score.op.YES";
        };
    }

    String problems(IndicatorSystem system, IndicatorScore score) {
        List<String> lines = new ArrayList<>();
        for (InputProblem problem : score.problems()) {
            lines.add(messages.get(problem.messageKey(), problem.args().toArray()));
        }
        if (!score.missingInputs().isEmpty()) {
            lines.add(messages.get("score.missingOf", String.join("、", labels(system, score.missingInputs()))));
        }
        return String.join("\n", lines);
    }

    List<String> labels(IndicatorSystem system, List<String> keys) {
        return keys.stream().map(key -> system.input(key).map(InputSpec::label).orElse(key)).toList();
    }

    /** "✗ 否决 …": the marker is text, not colour alone, and names the failing input. */
    String vetoLine(IndicatorSystem system, VetoFailure failure) {
        String label = system.input(failure.input()).map(InputSpec::label).orElse(failure.input());
        String required = failure.op() == Comparison.YES ? messages.get("score.op.YES")
                : messages.get(opKey(failure.op()), failure.threshold() != null
                ? points(failure.threshold()) : labels(system, List.of(failure.reference())).get(0));
        return messages.get("score.veto.line", failure.code() == null ? failure.indicatorId() : failure.code(),
                failure.title(), label, value(failure.value()), required);
    }

    String value(Object value) {
        if (value == null) {
            return messages.get("score.value.none");
        }
        if (value instanceof Boolean flag) {
            return messages.get(flag ? "score.value.yes" : "score.value.no");
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    /** "联合奖惩领域 +8", or "建立信用修复机制 → 是" for yes/no and options. */
    String change(Gain gain) {
        if (gain.change() != null) {
            String signed = (gain.change().signum() > 0 ? "+" : "") + points(gain.change());
            return gain.inputLabel() + " " + signed;
        }
        return gain.inputLabel() + " → " + value(gain.suggestedValue());
    }
}
