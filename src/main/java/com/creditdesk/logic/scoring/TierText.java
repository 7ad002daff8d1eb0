package com.creditdesk.logic.scoring;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.model.indicator.ChoiceOption;
import com.creditdesk.model.indicator.RuleInputException;
import com.creditdesk.model.indicator.Tier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tiers and options as lines a coordinator can read and edit: "80 ≤ x < 100 → 1" (x is the input;
 * either bound may be left out, "x ≥ 80" works too) and "当日自动同步 → 5".
 */
public final class TierText {

    private static final String NUM = "(-?\\d+(?:\\.\\d+)?)";
    private static final String LESS = "(≤|<=|<|＜)";
    private static final Pattern BETWEEN = Pattern.compile(
            "^(?:" + NUM + "\\s*" + LESS + "\\s*)?[xX]\\s*(?:" + LESS + "\\s*" + NUM + ")?$");
    private static final Pattern ABOVE = Pattern.compile("^[xX]\\s*(≥|>=|>|＞)\\s*" + NUM + "$");
    private static final Pattern ARROW = Pattern.compile("\\s*(?:→|->|=>)\\s*");

    private TierText() {
    }

    public static String format(List<Tier> tiers) {
        List<String> lines = new ArrayList<>();
        for (Tier tier : tiers) {
            StringBuilder line = new StringBuilder();
            if (tier.min() != null) {
                line.append(tier.min().toPlainString()).append(tier.minInclusive() ? " ≤ " : " < ");
            }
            line.append('x');
            if (tier.max() != null) {
                line.append(tier.maxInclusive() ? " ≤ " : " < ").append(tier.max().toPlainString());
            }
            lines.add(line.append(" → ").append(tier.points().toPlainString()).toString());
        }
        return String.join("\n", lines);
    }

    public static List<Tier> parseTiers(String text) {
        List<Tier> tiers = new ArrayList<>();
        int number = 0;
        for (String raw : lines(text)) {
            number++;
            String[] parts = ARROW.split(raw, 2);
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException(raw);
                }
                BigDecimal points = new BigDecimal(parts[1].replace("分", "").strip());
                String condition = parts[0].strip();
                Matcher above = ABOVE.matcher(condition);
                Matcher between = BETWEEN.matcher(condition);
                if (above.matches()) {
                    tiers.add(new Tier(new BigDecimal(above.group(2)), !above.group(1).equals(">")
                            && !above.group(1).equals("＞"), null, false, points));
                } else if (between.matches()) {
                    BigDecimal min = between.group(1) == null ? null : new BigDecimal(between.group(1));
                    BigDecimal max = between.group(4) == null ? null : new BigDecimal(between.group(4));
                    tiers.add(new Tier(min, inclusive(between.group(2)), max, inclusive(between.group(3)), points));
                } else {
                    throw new NumberFormatException(raw);
                }
            } catch (NumberFormatException | RuleInputException e) {
                throw new UserFacingException("rule.form.badTier", number, raw);
            }
        }
        return tiers;
    }

    private static boolean inclusive(String op) {
        return op != null && (op.equals("≤") || op.equals("<="));
    }

    public static String formatOptions(List<ChoiceOption> options) {
        return String.join("\n", options.stream().map(o -> o.label() + " → " + o.points().toPlainString()).toList());
    }

    public static List<ChoiceOption> parseOptions(String text) {
        List<ChoiceOption> options = new ArrayList<>();
        for (String raw : lines(text)) {
            String[] parts = ARROW.split(raw, 2);
            try {
                if (parts.length != 2 || parts[0].isBlank()) {
                    throw new NumberFormatException(raw);
                }
                options.add(new ChoiceOption(parts[0].strip(), new BigDecimal(parts[1].replace("分", "").strip())));
            } catch (NumberFormatException | RuleInputException e) {
                throw new UserFacingException("rule.form.badOption", raw);
            }
        }
        return options;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
