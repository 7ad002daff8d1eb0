package com.creditdesk.logic.scoring;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.ProposedRule;
import com.creditdesk.model.indicator.ScoringRule;
import com.creditdesk.model.indicator.SubRule;
import com.creditdesk.model.indicator.Tier;
import com.creditdesk.model.indicator.Tiers;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rule form: every rule survives form → rule; bad fields give sentences naming the field. */
class RuleFormTest {

    private final Messages messages = Messages.of(Messages.CHINESE);
    private final RuleForm form = new RuleForm(messages);

    @Test
    void everyBuiltinRuleRoundTripsThroughTheForm() {
        int rules = 0;
        for (IndicatorSystem system : BuiltinIndicatorSystems.load()) {
            for (var indicator : system.indicators()) {
                for (SubRule sub : indicator.rules()) {
                    ScoringRule rule = sub.rule();
                    assertEquals(rule, form.build(rule.kindName(), form.texts(rule), rule), indicator.id());
                    rules++;
                }
            }
        }
        assertEquals(true, rules > 100, "rules checked: " + rules);
    }

    @Test
    void tiersAreReadableLines() {
        ProposedRule proposed = new RuleProposer().propose("50%以上得1分，20%-50%得0.5分，20%以下不得分。");
        String lines = form.texts(proposed.rule()).get(RuleParameter.TIERS);
        assertEquals(proposed.rule(), form.build("TIERS", Map.of(RuleParameter.TIERS, lines), proposed.rule()));
        Tiers typed = (Tiers) form.build("TIERS", Map.of(RuleParameter.TIERS, "x ≥ 80 → 1\n100 ≤ x → 2",
                RuleParameter.OTHERWISE, "0"), null);
        assertEquals(new Tier(new BigDecimal("80"), true, null, false, BigDecimal.ONE), typed.tiers().get(0));
        assertEquals(ProposedRule.PLACEHOLDER_INPUT, typed.input());
        assertEquals("80 ≤ x → 1\n100 ≤ x → 2", TierText.format(typed.tiers()));
    }

    @Test
    void badFieldsAreNamedInChinese() {
        UserFacingException notNumber = assertThrows(UserFacingException.class, () ->
                form.build("LINEAR", Map.of(RuleParameter.DIVISOR, "四十", RuleParameter.CAP, "1"), null));
        assertEquals("规则参数“除数”应为数值，实际为“四十”。", notNumber.localizedMessage(messages));
        UserFacingException noCap = assertThrows(UserFacingException.class, () ->
                form.build("LINEAR", Map.of(RuleParameter.DIVISOR, "40"), null));
        assertEquals(true, noCap.localizedMessage(messages).startsWith("规则参数“最高分”无效"), noCap.localizedMessage(messages));
        UserFacingException badTier = assertThrows(UserFacingException.class, () ->
                form.build("TIERS", Map.of(RuleParameter.TIERS, "80 ≤ x → 1\n大约九成 → 2"), null));
        assertEquals(true, badTier.localizedMessage(messages).startsWith("第 2 档“大约九成 → 2”写法不对"));
        assertNull(form.build("UNCONFIRMED", Map.of(), null), "待确认 keeps the text only");
        assertEquals(List.of(RuleParameter.MULTIPLIER, RuleParameter.DIVISOR, RuleParameter.CAP), RuleForm.parameters("LINEAR"));
    }
}
