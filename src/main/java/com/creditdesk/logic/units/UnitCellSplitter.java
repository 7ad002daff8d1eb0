package com.creditdesk.logic.units;

import com.creditdesk.model.importer.SplitUnit;
import com.creditdesk.model.importer.UnitSplit;
import com.creditdesk.model.ledger.UnitKind;
import com.creditdesk.model.ledger.UnitRole;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a 责任单位 text into unit names by the grammar of notices: labels 牵头单位：/责任单位：/配合单位：
 * set the role of what follows; 、，,；; 及, line breaks and spaces separate units, never inside
 * parentheses (各县（市、区）人民政府 stays whole); a role word at the end of a run (市信用办、市财政局牵头)
 * gives that role to the run; tails such as 等相关部门 are dropped and recorded.
 */
public final class UnitCellSplitter {

    private static final Pattern LABEL = Pattern.compile(
            "(牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协办单位)\\s*[：:]\\s*");
    /** Role words written after the units they apply to, longest first. */
    private static final String[][] ROLE_SUFFIXES = {
            {"牵头负责", "LEAD"}, {"分工负责", "RESPONSIBLE"}, {"牵头", "LEAD"}, {"负责", "RESPONSIBLE"},
            {"参加", "COOPERATING"}, {"配合", "COOPERATING"}, {"参与", "COOPERATING"}};
    /** 等 followed by a short generic tail (等相关部门, 等有关单位, 等) ends a list. */
    private static final Pattern TAIL = Pattern.compile("等[^、，,；;]{0,12}$");
    /** Characters a unit name ends with: 及 after one of them starts the next unit. */
    private static final String UNIT_ENDINGS = "局委办院会府行心队司所处厅部室团社门位区市县组站关";
    private static final int LONGEST_PLAUSIBLE_NAME = 30;
    private static final Set<String> GROUP_WORDS = Set.of("有关单位", "有关部门", "相关单位", "相关部门", "成员单位",
            "各单位", "市级部门", "各部门");

    private final boolean firstIsLead;

    public UnitCellSplitter(boolean firstIsLead) {
        this.firstIsLead = firstIsLead;
    }

    public UnitSplit split(String text) {
        if (text == null || text.isBlank()) {
            return UnitSplit.empty(text);
        }
        List<SplitUnit> entries = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        boolean[] unsplittable = {false};
        Matcher label = LABEL.matcher(text);
        int start = 0;
        UnitRole role = UnitRole.RESPONSIBLE;
        while (label.find()) {
            splitSegment(text.substring(start, label.start()), role, entries, dropped, unsplittable);
            role = label.group(1).startsWith("牵头") ? UnitRole.LEAD
                    : label.group(1).startsWith("责任") ? UnitRole.RESPONSIBLE : UnitRole.COOPERATING;
            start = label.end();
        }
        splitSegment(text.substring(start), role, entries, dropped, unsplittable);
        if (firstIsLead && !entries.isEmpty() && entries.stream().noneMatch(e -> e.role() == UnitRole.LEAD)) {
            SplitUnit first = entries.get(0);
            entries.set(0, new SplitUnit(first.name(), UnitRole.LEAD, first.kind()));
        }
        List<String> units = new ArrayList<>(new LinkedHashSet<>(entries.stream().map(SplitUnit::name).toList()));
        List<String> lead = entries.stream().filter(e -> e.role() == UnitRole.LEAD).map(SplitUnit::name).distinct().toList();
        return new UnitSplit(text, units, lead, dropped, entries, unsplittable[0]);
    }

    /** A segment is split into runs at ，；; and line breaks, each run into units at 、, spaces and 及. */
    private void splitSegment(String segment, UnitRole role, List<SplitUnit> entries, List<String> dropped,
                              boolean[] unsplittable) {
        for (String run : cut(segment, "，,；;\n。")) {
            List<String> names = new ArrayList<>();
            for (String token : joinRelativeClauses(cut(run, "、 \u3000\t"))) {
                names.addAll(cutAtJi(token));
            }
            boolean describedGroup = isDescribedGroup(names);
            if (describedGroup) {
                names = new ArrayList<>(List.of(String.join("、", names)));
            }
            List<UnitRole> roles = new ArrayList<>();
            int pending = 0;
            for (int i = 0; i < names.size(); i++) {
                roles.add(role);
                String name = names.get(i);
                for (String[] suffix : ROLE_SUFFIXES) {
                    int at = name.indexOf(suffix[0]);
                    if (at > 0) {
                        // 市信用办、市财政局牵头: the role word covers the units listed before it.
                        for (int j = pending; j <= i; j++) {
                            roles.set(j, UnitRole.valueOf(suffix[1]));
                        }
                        pending = i + 1;
                        String rest = name.substring(at + suffix[0].length()).strip();
                        if (!rest.isEmpty()) {
                            dropped.add(rest);
                        }
                        names.set(i, name.substring(0, at));
                        break;
                    }
                }
            }
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                Matcher tail = TAIL.matcher(name);
                if (!describedGroup && tail.find() && tail.start() > 0) {
                    dropped.add(tail.group());
                    name = name.substring(0, tail.start());
                }
                name = unwrap(name.strip());
                if (name.isEmpty()) {
                    continue;
                }
                unsplittable[0] |= name.length() > LONGEST_PLAUSIBLE_NAME;
                entries.add(new SplitUnit(name, roles.get(i), kindOf(name)));
            }
        }
    }

    /** 气、热、通信等公用企事业单位: a list of things, not of units, ending in 等…单位 names one group. */
    private static boolean isDescribedGroup(List<String> names) {
        if (names.size() < 2) {
            return false;
        }
        String last = names.get(names.size() - 1);
        Matcher tail = TAIL.matcher(last);
        if (!tail.find() || tail.start() == 0 || tail.group().length() < 3) {
            return false;
        }
        List<String> items = new ArrayList<>(names.subList(0, names.size() - 1));
        items.add(last.substring(0, tail.start()));
        return items.stream().noneMatch(UnitCellSplitter::hasUnitEnding);
    }

    private static boolean hasUnitEnding(String name) {
        return !name.isEmpty() && UNIT_ENDINGS.indexOf(name.charAt(name.length() - 1)) >= 0;
    }

    /**
     * 具有行政许可、行政处罚权限的市直各部门: a part without a unit ending followed by a part with 的
     * belongs to one description; joined back with its 、.
     */
    private static List<String> joinRelativeClauses(List<String> tokens) {
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            while (i + 1 < tokens.size() && tokens.get(i + 1).contains("的")
                    && UNIT_ENDINGS.indexOf(token.charAt(token.length() - 1)) < 0) {
                token = token + "、" + tokens.get(++i);
            }
            joined.add(token);
        }
        return joined;
    }

    /** Cuts at any of the separators outside parentheses. */
    public static List<String> cut(String text, String separators) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char ch : text.toCharArray()) {
            if (ch == '（' || ch == '(' || ch == '【' || ch == '[') {
                depth++;
            } else if ((ch == '）' || ch == ')' || ch == '】' || ch == ']') && depth > 0) {
                depth--;
            }
            if (depth == 0 && separators.indexOf(ch) >= 0) {
                addIfNotBlank(parts, current);
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        addIfNotBlank(parts, current);
        return parts;
    }

    private static void addIfNotBlank(List<String> parts, StringBuilder text) {
        String part = text.toString().strip();
        if (!part.isEmpty()) {
            parts.add(part);
        }
    }

    private static List<String> cutAtJi(String token) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < token.length() - 1; i++) {
            if (token.charAt(i) == '及' && hasUnitEnding(token.substring(0, i))) {
                parts.add(token.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(token.substring(from));
        return parts;
    }

    /** （市财政局） written alone in brackets is the unit itself. */
    private static String unwrap(String name) {
        if (name.length() > 2 && (name.startsWith("（") && name.endsWith("）") || name.startsWith("(") && name.endsWith(")"))) {
            return name.substring(1, name.length() - 1).strip();
        }
        return name;
    }

    public static UnitKind kindOf(String name) {
        if (name.startsWith("各") || name.startsWith("其他") || name.startsWith("有关") || name.startsWith("相关")
                || GROUP_WORDS.stream().anyMatch(name::contains) || name.matches(".*等.*(单位|部门|机构|企业)$")) {
            return UnitKind.GROUP;
        }
        if (name.endsWith("政府") || name.endsWith("管委会")) {
            return UnitKind.GOVERNMENT;
        }
        return UnitKind.DEPARTMENT;
    }
}
