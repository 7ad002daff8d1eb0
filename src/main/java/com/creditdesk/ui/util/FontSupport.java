package com.creditdesk.ui.util;

import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * JavaFX renders Chinese only with TrueType CJK fonts; the CFF-based fonts of many Linux
 * systems (Noto CJK) show boxes. When none of the common TrueType CJK families is installed,
 * the bundled WenQuanYi Micro Hei (Apache-2.0) is loaded and used for the whole UI.
 */
public final class FontSupport {

    static final String BUNDLED_FONT = "/fonts/wqy-microhei.ttc";
    private static final List<String> TRUETYPE_CJK_FAMILIES = List.of(
            "Microsoft YaHei", "微软雅黑", "SimSun", "宋体", "SimHei", "黑体", "DengXian", "等线",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "AR PL UMing CN", "AR PL UKai CN", "PingFang SC");

    private static String bundledFamily;

    private FontSupport() {
    }

    /** Returns the font family the UI should use for Chinese text. */
    public static String chooseCjkFamily() {
        Set<String> installed = Set.copyOf(Font.getFamilies());
        for (String family : TRUETYPE_CJK_FAMILIES) {
            if (installed.contains(family)) {
                return family;
            }
        }
        return loadBundled();
    }

    /** The bundled font's family (loading it once), for drawing text measured with that font's metrics. */
    public static synchronized String bundledFamily() {
        if (bundledFamily == null) {
            bundledFamily = loadBundled();
        }
        return bundledFamily;
    }

    /** Loads the bundled font and returns its family name. */
    static String loadBundled() {
        try (InputStream in = FontSupport.class.getResourceAsStream(BUNDLED_FONT)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED_FONT);
            }
            Font[] fonts = Font.loadFonts(in, 13);
            if (fonts == null || fonts.length == 0) {
                throw new IllegalStateException("cannot load " + BUNDLED_FONT);
            }
            return fonts[0].getFamily();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
