package com.creditdesk.logic.ledger;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnitNamesTest {

    @Test
    void splitsOnChineseSeparatorsButNotInsideParentheses() {
        assertEquals(List.of("市发改委", "市财政局", "各县（市、区）人民政府", "市人行"),
                UnitNames.split("市发改委、市财政局，各县（市、区）人民政府；市人行"));
    }

    @Test
    void dropsBlanksAndDuplicatesAndKeepsOrder() {
        assertEquals(List.of("市人行", "市司法局"), UnitNames.split(" 市人行 、、市司法局,市人行\n"));
        assertEquals(List.of(), UnitNames.split(null));
    }

    @Test
    void halfWidthParenthesesAlsoProtectTheirContent() {
        assertEquals(List.of("各县(市、区)人民政府"), UnitNames.split("各县(市、区)人民政府"));
    }
}
