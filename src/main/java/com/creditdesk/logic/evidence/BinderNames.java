package com.creditdesk.logic.evidence;

import java.util.Locale;
import java.util.Set;

/** File and folder names that every system accepts (Windows is the strictest). */
public final class BinderNames {

    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    static final int MAX_SEGMENT = 80;

    private BinderNames() {
    }

    /**
     * Replaces characters Windows forbids ({@code <>:"/\|?*}, control characters) by full-width
     * look-alikes or "_", trims trailing dots and spaces, avoids reserved device names, and
     * shortens to {@value #MAX_SEGMENT} characters keeping the extension.
     */
    public static String sanitize(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : (name == null ? "" : name.strip()).toCharArray()) {
            out.append(switch (c) {
                case '<' -> '＜';
                case '>' -> '＞';
                case ':' -> '：';
                case '"' -> '＂';
                case '/' -> '／';
                case '\\' -> '＼';
                case '|' -> '｜';
                case '?' -> '？';
                case '*' -> '＊';
                default -> c < 32 ? '_' : c;
            });
        }
        String s = out.toString().replaceAll("[. ]+$", "");
        if (s.isEmpty()) {
            s = "_";
        }
        String base = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
        if (RESERVED.contains(base.toUpperCase(Locale.ROOT))) {
            s = "_" + s;
        }
        return shorten(s);
    }

    private static String shorten(String s) {
        if (s.length() <= MAX_SEGMENT) {
            return s;
        }
        int dot = s.lastIndexOf('.');
        String ext = dot > 0 && s.length() - dot <= 10 ? s.substring(dot) : "";
        return s.substring(0, MAX_SEGMENT - ext.length()).strip() + ext;
    }
}
