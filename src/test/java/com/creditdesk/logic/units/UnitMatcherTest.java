package com.creditdesk.logic.units;

import com.creditdesk.model.ledger.Unit;
import com.creditdesk.model.ledger.UnitKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitMatcherTest {

    private final Unit market = new Unit(1, "市市场监管局", UnitKind.DEPARTMENT, null, null, List.of());
    private final Unit court = new Unit(2, "市中级人民法院", UnitKind.DEPARTMENT, null, null, List.of("市法院"));
    private final Unit bank = new Unit(3, "人民银行", UnitKind.DEPARTMENT, null, null, List.of());
    private final UnitMatcher matcher = UnitMatcher.withBuiltInAliases(List.of(market, court, bank));

    @Test
    void exactThenAliasThenNormalisedThenNew() {
        assertEquals(UnitMatch.Method.EXACT, matcher.match("市市场监管局").method());
        UnitMatch alias = matcher.match("市场局");
        assertEquals(UnitMatch.Method.ALIAS, alias.method());
        assertEquals(market, alias.unit());
        assertEquals(court, matcher.match("市法院").unit());
        assertEquals(court, matcher.match("市中院").unit());
        assertEquals(bank, matcher.match("人行").unit());
        UnitMatch normalised = matcher.match("市场监管局 ");
        assertTrue(normalised.method() == UnitMatch.Method.NORMALISED || normalised.method() == UnitMatch.Method.ALIAS);
        assertEquals(market, normalised.unit());
        UnitMatch fresh = matcher.match("市水务局");
        assertTrue(fresh.isNew());
        assertNull(fresh.unit());
    }

    @Test
    void normalisation() {
        assertEquals("中级人民法院(二)", UnitMatcher.normalise("市中级人民法院（二）"));
        assertEquals("市", UnitMatcher.normalise("市"));
        assertTrue(UnitMatcher.loadBuiltInAliases().containsKey("市场局"));
    }
}
