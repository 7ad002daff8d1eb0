package com.creditdesk.logic.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * Unit names typed by the coordinator as one line, the way notices write them
 * ("市发改委、市财政局，各县（市、区）人民政府"): split on 、，,；; and line breaks,
 * never inside parentheses, so a group such as 各县（市、区）人民政府 stays one unit.
 */
public final class UnitNames {

    private static final String SEPARATORS = "、，,；;\n\r";

    private UnitNames() {
    }

    public static List<String> split(String text) {
        List<String> names = new ArrayList<>();
        if (text == null) {
            return names;
        }
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '（' || ch == '(') {
                depth++;
            } else if ((ch == '）' || ch == ')') && depth > 0) {
                depth--;
            }
            if (depth == 0 && SEPARATORS.indexOf(ch) >= 0) {
                addName(names, current);
            } else {
                current.append(ch);
            }
        }
        addName(names, current);
        return names;
    }

    private static void addName(List<String> names, StringBuilder current) {
        String name = current.toString().strip();
        if (!name.isEmpty() && !names.contains(name)) {
            names.add(name);
        }
        current.setLength(0);
    }

    public static String join(List<String> names) {
        return String.join("、", names);
    }
}
