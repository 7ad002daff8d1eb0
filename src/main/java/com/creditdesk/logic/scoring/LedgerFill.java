package com.creditdesk.logic.scoring;

import com.creditdesk.model.indicator.Comparison;
import com.creditdesk.model.indicator.Indicator;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.LedgerLink;
import com.creditdesk.model.indicator.LedgerValue;
import com.creditdesk.model.indicator.ScoringRule;
import com.creditdesk.model.indicator.SubRule;
import com.creditdesk.model.indicator.Veto;
import com.creditdesk.model.indicator.YesNo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the "当前" scenario can take from the ledger, by one general rule:
 * <ul>
 * <li>An indicator is <em>proven</em> when it has evidence requirements and every one of them has an
 *     accepted item, or else when it has linked tasks and every one of them is done.</li>
 * <li>A yes/no input whose "是" is the good answer (得分 for 是, or a veto that requires 是) is set to
 *     是 when every indicator reading it is proven.</li>
 * <li>Nothing else is filled: unfinished work proves neither 是 nor 否, and quantities (rates,
 *     counts, ranks) are not in the ledger — those inputs stay missing, never assumed.</li>
 * </ul>
 * Each value carries its source ("来自台账：佐证材料 3/3 项已验收").
 */
public final class LedgerFill {

    private LedgerFill() {
    }

    public static Map<String, LedgerValue> fill(IndicatorSystem system, List<LedgerLink> links) {
        Map<String, List<LedgerLink>> byIndicator = new HashMap<>();
        links.forEach(link -> byIndicator.computeIfAbsent(link.indicatorId(), id -> new ArrayList<>()).add(link));
        Map<String, LedgerValue> filled = new LinkedHashMap<>();
        Set<String> unproven = new HashSet<>();
        for (Indicator indicator : system.indicators()) {
            LedgerValue proof = proof(indicator, byIndicator.getOrDefault(indicator.id(), List.of()));
            for (SubRule sub : indicator.rules()) {
                for (String key : sub.rule().inputKeys()) {
                    if (proof == null || !yesIsGood(sub.rule(), key)) {
                        unproven.add(key);
                    } else {
                        filled.putIfAbsent(key, proof);
                    }
                }
            }
        }
        filled.keySet().removeAll(unproven);
        return filled;
    }

    private static LedgerValue proof(Indicator indicator, List<LedgerLink> links) {
        String code = indicator.code() == null ? indicator.title() : indicator.code();
        List<LedgerLink> evidence = links.stream().filter(l -> l.kind() == LedgerLink.Kind.EVIDENCE).toList();
        if (!evidence.isEmpty() && evidence.stream().allMatch(LedgerLink::done)) {
            return new LedgerValue(Boolean.TRUE, "ledger.source.evidence", List.of(evidence.size(), code));
        }
        List<LedgerLink> tasks = links.stream().filter(l -> l.kind() == LedgerLink.Kind.TASK).toList();
        if (!tasks.isEmpty() && tasks.stream().allMatch(LedgerLink::done)) {
            return new LedgerValue(Boolean.TRUE, "ledger.source.tasks", List.of(tasks.size(), code));
        }
        return null;
    }

    private static boolean yesIsGood(ScoringRule rule, String key) {
        if (rule instanceof YesNo yesNo) {
            return yesNo.input().equals(key) && yesNo.yesPoints().compareTo(yesNo.noPoints()) > 0;
        }
        return rule instanceof Veto veto && veto.op() == Comparison.YES && veto.input().equals(key);
    }
}
