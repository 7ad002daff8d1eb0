package com.creditdesk.logic.scoring;

import com.creditdesk.model.indicator.Category;
import com.creditdesk.model.indicator.Indicator;
import com.creditdesk.model.indicator.IndicatorKind;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.ScoringRule;
import com.creditdesk.model.indicator.SubRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuiltinIndicatorSystemsTest {

    private static Map<String, IndicatorSystem> systems;

    @BeforeAll
    static void load() {
        systems = BuiltinIndicatorSystems.load().stream()
                .collect(Collectors.toMap(IndicatorSystem::code, system -> system));
    }

    private static BigDecimal sumOfIndicatorMax(Category category) {
        return category.indicators().stream().map(Indicator::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void allFourSystemsLoad() {
        assertEquals(4, systems.size());
        assertTrue(systems.keySet().containsAll(List.of("xingtai-2021", "puyang-2021", "quzhou-hard-indicators",
                "shandong-typical-city-zoucheng-2022")));
    }

    @Test
    void zouchengPointsSumToTheDocumentedHundred() {
        IndicatorSystem system = systems.get("shandong-typical-city-zoucheng-2022");
        BigDecimal sum = system.indicators().stream().map(Indicator::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, system.documentedTotal().compareTo(sum), "sum " + sum);
        assertEquals(0, new BigDecimal("100").compareTo(sum));
        for (Category category : system.categories()) {
            assertEquals(0, category.maxPoints().compareTo(sumOfIndicatorMax(category)), category.title());
        }
    }

    @Test
    void categoryTotalsMatchTheirIndicatorsWhereTheSourceGivesThem() {
        for (IndicatorSystem system : systems.values()) {
            for (Category category : system.categories()) {
                if (category.maxPoints() != null) {
                    assertEquals(0, category.maxPoints().compareTo(sumOfIndicatorMax(category)),
                            system.code() + " " + category.title());
                }
            }
        }
    }

    @Test
    void subRuleMaximaAddUpToTheIndicatorMaxWhereTheyAreAllCapped() {
        for (IndicatorSystem system : systems.values()) {
            for (Indicator indicator : system.indicators()) {
                if (indicator.kind() == IndicatorKind.VETO || indicator.maxPoints() == null) {
                    continue;
                }
                List<BigDecimal> maxima = indicator.rules().stream().map(SubRule::rule).map(ScoringRule::maxPoints).toList();
                if (maxima.contains(null)) {
                    continue;
                }
                BigDecimal sum = maxima.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, indicator.maxPoints().compareTo(sum), system.code() + " " + indicator.id());
            }
        }
    }

    @Test
    void vetoItemsAreTheSeedsHardIndicators() {
        assertEquals(12, vetoCount("xingtai-2021"));
        assertEquals(12, vetoCount("puyang-2021"));
        assertEquals(10, vetoCount("quzhou-hard-indicators"));
        assertEquals(0, vetoCount("shandong-typical-city-zoucheng-2022"));
        assertEquals(10, systems.get("quzhou-hard-indicators").categories().get(1).indicators().size());
    }

    private static long vetoCount(String code) {
        return systems.get(code).indicators().stream().filter(Indicator::isVeto).count();
    }

    @Test
    void puyangDocumentedItemPoints() {
        IndicatorSystem system = systems.get("puyang-2021");
        Map<String, String> expected = Map.of("1", "5", "2.1", "3", "3.1", "4", "4.1", "3", "4.2", "3",
                "5.2", "8", "5.3", "7", "5.4", "6", "7.2", "7", "8.1", "6");
        expected.forEach((id, points) -> assertEquals(0,
                new BigDecimal(points).compareTo(system.indicator(id).orElseThrow().maxPoints()), id));
    }

    @Test
    void everyTextIsKeptAndEveryRuleTyped() {
        for (IndicatorSystem system : systems.values()) {
            for (Indicator indicator : system.indicators()) {
                assertNotNull(indicator.ruleText(), indicator.id());
                assertFalse(indicator.rules().isEmpty());
                for (SubRule sub : indicator.rules()) {
                    assertTrue(indicator.ruleText().contains(sub.text()), system.code() + " " + indicator.id());
                }
            }
        }
    }

    @Test
    void rulesRoundTripThroughRuleJson() {
        IndicatorJson json = new IndicatorJson();
        for (IndicatorSystem system : systems.values()) {
            for (Indicator indicator : system.indicators()) {
                for (SubRule sub : indicator.rules()) {
                    String text = json.writeRule(sub.rule());
                    assertEquals(sub.rule(), json.readRule(text), text);
                }
            }
        }
    }
}
