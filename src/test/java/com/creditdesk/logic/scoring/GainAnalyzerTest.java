package com.creditdesk.logic.scoring;

import com.creditdesk.model.indicator.Gain;
import com.creditdesk.model.indicator.IndicatorSystem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GainAnalyzerTest {

    private final GainAnalyzer analyzer = new GainAnalyzer();

    @Test
    void jointDomainsNeedEightMoreForTheLastPointTwo() {
        IndicatorSystem system = BuiltinIndicatorSystems.find("quzhou-hard-indicators").orElseThrow();
        List<Gain> gains = analyzer.analyze(system, Map.of("joint_domains", 32, "embedded_domains", 5,
                "unconnected_units", 2));
        Gain joint = gains.stream().filter(g -> g.input().equals("joint_domains")).findFirst().orElseThrow();
        // 32/40 = 0.8 now; 40 domains give the capped 1 point: +8 → +0.2
        assertEquals(0, new BigDecimal("8").compareTo(joint.change()));
        assertEquals(0, new BigDecimal("0.2").compareTo(joint.pointsGained()));
        // 16: 5 × 0.1 = 0.5, up to 2 at 20 domains: +15 → +1.5; 13: 2 units × 0.5 missing → +1 with −2
        Gain embedded = gains.stream().filter(g -> g.input().equals("embedded_domains")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("1.5").compareTo(embedded.pointsGained()));
        assertEquals(0, new BigDecimal("15").compareTo(embedded.change()));
        assertEquals("embedded_domains", gains.get(0).input(), "sorted by points gained");
        Gain units = gains.stream().filter(g -> g.input().equals("unconnected_units")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("-2").compareTo(units.change()));
    }

    @Test
    void yesNoAndMonthlyGains() {
        IndicatorSystem system = BuiltinIndicatorSystems.find("shandong-typical-city-zoucheng-2022").orElseThrow();
        List<Gain> gains = analyzer.analyze(system, Map.of("code_error_monthly", 10, "major_financial_risk", true,
                "sme_credit_progress", true, "credit_word_curbed", true, "credit_word_cleanup", true,
                "credit_fraud_crackdown", true));
        Gain monthly = gains.stream().filter(g -> g.input().equals("code_error_monthly")).findFirst().orElseThrow();
        // 10 good months: 2.0 − 0.4 = 1.6; 12 good months: 2.4 → +0.8
        assertEquals(0, new BigDecimal("0.8").compareTo(monthly.pointsGained()));
        Gain risk = gains.stream().filter(g -> g.input().equals("major_financial_risk")).findFirst().orElseThrow();
        assertEquals(Boolean.FALSE, risk.suggestedValue());
        assertEquals(0, new BigDecimal("3").compareTo(risk.pointsGained()));
        assertTrue(gains.indexOf(risk) < gains.indexOf(monthly));
    }
}
