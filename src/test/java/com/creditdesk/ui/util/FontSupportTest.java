package com.creditdesk.ui.util;

import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontSupportTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void bundledTrueTypeCjkFontLoads() {
        assertEquals("WenQuanYi Micro Hei", FontSupport.loadBundled());
        assertTrue(Font.getFamilies().contains("WenQuanYi Micro Hei"));
    }

    @Test
    void aCjkFamilyIsAlwaysChosen() {
        assertTrue(!FontSupport.chooseCjkFamily().isBlank());
    }
}
