package com.creditdesk.logic.scoring;

import com.creditdesk.model.indicator.AnyYes;
import com.creditdesk.model.indicator.Choice;
import com.creditdesk.model.indicator.Comparison;
import com.creditdesk.model.indicator.DeductionFromFull;
import com.creditdesk.model.indicator.Discretionary;
import com.creditdesk.model.indicator.InputUnit;
import com.creditdesk.model.indicator.LinearCapped;
import com.creditdesk.model.indicator.MonthlyAccrual;
import com.creditdesk.model.indicator.Penalty;
import com.creditdesk.model.indicator.PerItem;
import com.creditdesk.model.indicator.Ranking;
import com.creditdesk.model.indicator.ScoringRule;
import com.creditdesk.model.indicator.Veto;
import com.creditdesk.model.indicator.YesNo;

/**
 * The unit a rule's input most plausibly has, from the rule's kind and its text: 是/否 for yes/no
 * rules, a count for per-item and linear rules, a percentage where the text speaks of %, 比率
 * otherwise. A proposal for the coordinator, who can change it.
 */
public final class RuleInputUnits {

    private RuleInputUnits() {
    }

    public static InputUnit infer(ScoringRule rule, String ruleText) {
        boolean percent = ruleText != null && (ruleText.contains("%") || ruleText.contains("％")
                || ruleText.contains("百分") || ruleText.contains("率"));
        if (rule instanceof YesNo || rule instanceof AnyYes
                || (rule instanceof Veto veto && veto.op() == Comparison.YES)) {
            return InputUnit.YESNO;
        }
        if (rule instanceof Discretionary) {
            return InputUnit.SCORE;
        }
        if (rule instanceof Ranking) {
            return InputUnit.RANK;
        }
        if (rule instanceof MonthlyAccrual) {
            return InputUnit.MONTHLY;
        }
        if (rule instanceof Choice) {
            return InputUnit.CHOICE;
        }
        if (rule instanceof DeductionFromFull && !percent) {
            // 每增加1件…减0.5分, 未整改到位扣2分: deductions count events (or days)
            return InputUnit.COUNT;
        }
        if (rule instanceof PerItem || rule instanceof Penalty || rule instanceof LinearCapped) {
            return percent && rule instanceof LinearCapped ? InputUnit.PERCENT : InputUnit.COUNT;
        }
        return percent ? InputUnit.PERCENT : InputUnit.RATIO;
    }
}
