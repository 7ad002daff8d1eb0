package com.creditdesk.logic.scoring;

import com.creditdesk.model.indicator.AnyYes;
import com.creditdesk.model.indicator.Comparison;
import com.creditdesk.model.indicator.DeductionFromFull;
import com.creditdesk.model.indicator.Discretionary;
import com.creditdesk.model.indicator.Interpolation;
import com.creditdesk.model.indicator.LinearCapped;
import com.creditdesk.model.indicator.MonthlyAccrual;
import com.creditdesk.model.indicator.NotApplicable;
import com.creditdesk.model.indicator.Penalty;
import com.creditdesk.model.indicator.PerItem;
import com.creditdesk.model.indicator.ProposedRule;
import com.creditdesk.model.indicator.ProposedRule.Note;
import com.creditdesk.model.indicator.Ranking;
import com.creditdesk.model.indicator.RuleInputException;
import com.creditdesk.model.indicator.ScoringRule;
import com.creditdesk.model.indicator.Tier;
import com.creditdesk.model.indicator.Tiers;
import com.creditdesk.model.indicator.Veto;
import com.creditdesk.model.indicator.YesNo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.creditdesk.logic.scoring.ScoringClauses.NUMBER;

/**
 * Proposes a typed rule for one 评分标准 sentence from its grammar (得X分, 最高得X分, 每…减X分,
 * 达X%得Y分, X%以上/以下, 介于…之间按比例, 一票否决, 酌情, 按月, 前N名 …). The rule reads the
 * placeholder input "x"; the coordinator confirms it. Unrecognised text gives kind UNKNOWN.
 */
public final class RuleProposer {

    private static final String X = ProposedRule.PLACEHOLDER_INPUT;
    private static final Pattern DECLARED = Pattern.compile("^(?:\\d+\\.|[①-⑩])?\\(" + NUMBER + "分\\)");
    private static final Pattern CAP = Pattern.compile("(?:最高|最多|不超过|满分)(?:为|得|计|扣|不超过|分为)?" + NUMBER + "分");
    private static final Pattern FLOOR = Pattern.compile("最低(?:此项)?(?:得|分为|为)?" + NUMBER + "分");
    private static final Pattern FULL = Pattern.compile("(?:得|计)" + NUMBER + "分");
    private static final Pattern DEDUCT = Pattern.compile(
            "(?:每|有|缺少)(增加|减少|降低|有|发现|监测到|发生|出现|超过|多)?(一|1|\\d+(?:\\.\\d+)?)?(%|个百分点|个工作日|个|件|条|家|天|起|次|项|类)?[^;。]*?(?:减|扣)" + NUMBER + "分");
    private static final Pattern PER_ITEM = Pattern.compile(
            "(?:每|涵盖|有)[^;。,]{0,6}?(?:一|1)?(?:个|项|类|种|家|领域|重点领域)[^;。]*?(?:得|计)" + NUMBER + "分");
    private static final Pattern STEP_UP = Pattern.compile(
            "(?:超过|高于)" + NUMBER + "%[^;。]*?得" + NUMBER + "分[^;。]*?每多" + NUMBER + "%[^;。]*?加" + NUMBER + "分");
    private static final Pattern RANKING = Pattern.compile("前" + NUMBER + "名[^;。]*?得" + NUMBER + "分");
    private static final Pattern RANK_STEP = Pattern.compile("每后(?:退)?" + NUMBER + "名[^;。]*?扣" + NUMBER + "分");
    private static final Pattern RANK_LAST = Pattern.compile("(?:低于|后于)" + NUMBER + "名");
    private static final Pattern MONTHLY_GAIN = Pattern.compile("(为0|达到" + NUMBER + "%)[^;。]*?得" + NUMBER + "分");
    private static final Pattern MONTHLY_LOSS = Pattern.compile("扣" + NUMBER + "分");
    private static final Pattern FORMULA_DIVISOR = Pattern.compile("/" + NUMBER + "(?![%\\d])");
    private static final Pattern FORMULA_FACTOR = Pattern.compile("\\*" + NUMBER + "(%)?");
    private static final Pattern FORMULA_LEADING = Pattern.compile("为" + NUMBER + "[a-zA-Z]");
    private static final Pattern THRESHOLD = Pattern.compile("(低于|小于|高于|大于|达到|不低于|达不到)〔?" + NUMBER + "〕?(%)?");
    private static final Pattern BASELINE = Pattern.compile("(?:在|达到)" + NUMBER + "(个工作日|天|个|%)(?:以内|内)?");
    private static final Pattern DEDUCT_PLAIN = Pattern.compile("(?:扣|减)" + NUMBER + "分");
    private static final Pattern NA_SHARE = Pattern.compile("(?:高于|大于)" + NUMBER + "%(\\(含\\))?");
    private static final Pattern NA_TOTAL = Pattern.compile("总分为" + NUMBER + "分");

    public ProposedRule propose(String sentence) {
        String original = sentence == null ? "" : sentence;
        List<String> fractions = new ArrayList<>();
        String text = ChineseNumbers.replaceCounted(
                ChineseNumbers.replaceFractions(ChineseNumbers.normalize(original), fractions));
        List<Note> notes = new ArrayList<>();
        fractions.forEach(fraction -> notes.add(new Note("scoring.propose.note.fraction", List.of(fraction))));
        Matcher declaredMatcher = DECLARED.matcher(text);
        BigDecimal declared = declaredMatcher.find() ? new BigDecimal(declaredMatcher.group(1)) : null;
        if (declared != null) {
            text = text.substring(declaredMatcher.end());
        }
        BigDecimal cap = first(CAP, text);
        try {
            ScoringRule rule = typed(text, cap != null ? cap : declared, notes);
            if (rule != null) {
                notes.add(new Note("scoring.propose.note.placeholder", List.of(X)));
                double confidence = notes.stream().anyMatch(n -> n.key().endsWith("assumed")) ? 0.6 : 0.85;
                return new ProposedRule(original, rule.kindName(), rule, declared, confidence, notes);
            }
        } catch (RuleInputException | NumberFormatException e) {
            // the grammar matched but the numbers do not make a valid rule: fall through to UNKNOWN
            notes.add(new Note("scoring.propose.note.invalid", List.of(e.getMessage())));
        }
        notes.add(new Note("scoring.propose.note.unknown", List.of()));
        return new ProposedRule(original, ProposedRule.UNKNOWN, null, declared, 0, notes);
    }

    private static ScoringRule typed(String text, BigDecimal cap, List<Note> notes) {
        if (text.contains("一票否决")) {
            return veto(text, notes);
        }
        if (text.contains("不适用") && text.contains("计入")) {
            return notApplicable(text, notes);
        }
        if (text.contains("酌情")) {
            if (cap == null) {
                return null;
            }
            return new Discretionary(X, cap);
        }
        if (text.contains("按月") || text.contains("当月")) {
            ScoringRule monthly = monthly(text);
            if (monthly != null) {
                return monthly;
            }
        }
        Matcher ranking = RANKING.matcher(text);
        if (ranking.find()) {
            return ranking(text, ranking);
        }
        if (text.matches(".*任一[条项]?为.?是.*")) {
            return anyYes(text);
        }
        List<ScoringClauses.Clause> clauses = ScoringClauses.read(text);
        long conditioned = clauses.stream().filter(ScoringClauses.Clause::hasCondition).count();
        if (text.contains("按比例") && conditioned >= 2) {
            return interpolation(clauses);
        }
        if (text.contains("公式") || FORMULA_LEADING.matcher(text).find()) {
            ScoringRule linear = linear(text, cap, notes);
            if (linear != null) {
                return linear;
            }
        }
        Matcher stepUp = STEP_UP.matcher(text);
        if (stepUp.find() && cap != null) {
            return stepUp(stepUp, cap);
        }
        if (conditioned >= 2 && !DEDUCT.matcher(text).find()) {
            return new Tiers(X, ScoringClauses.tiers(clauses), BigDecimal.ZERO);
        }
        Matcher deduct = DEDUCT.matcher(text);
        if (deduct.find()) {
            return deduction(text, deduct, cap, notes);
        }
        Matcher plain = DEDUCT_PLAIN.matcher(text);
        if (plain.find() && cap != null && clauses.stream().noneMatch(c -> c.points().signum() > 0)) {
            // 未整改到位扣2分 under a declared (4分): a deduction per occurrence from the item's points
            notes.add(new Note("scoring.propose.note.assumed", List.of(plain.group())));
            return new DeductionFromFull(X, cap, BigDecimal.ZERO, true, BigDecimal.ONE,
                    new BigDecimal(plain.group(1)), first(FLOOR, text));
        }
        Matcher perItem = PER_ITEM.matcher(text);
        if (perItem.find()) {
            if (cap == null) {
                notes.add(new Note("scoring.propose.note.noCap", List.of()));
            }
            return new PerItem(X, new BigDecimal(perItem.group(1)), cap);
        }
        return yesNo(text, clauses);
    }

    private static ScoringRule veto(String text, List<Note> notes) {
        if (text.contains("平均水平")) {
            notes.add(new Note("scoring.propose.note.reference", List.of("全国平均水平")));
            return new Veto(X, text.contains("达不到") || text.contains("低于") ? Comparison.GE : Comparison.GT,
                    null, "reference");
        }
        Matcher m = THRESHOLD.matcher(text);
        if (m.find()) {
            Comparison op = switch (m.group(1)) {
                case "低于", "小于" -> Comparison.LT;
                case "高于", "大于" -> Comparison.GT;
                default -> Comparison.GE;
            };
            return new Veto(X, op, new BigDecimal(m.group(2)), null);
        }
        return new Veto(X, Comparison.YES, null, null);
    }

    private static ScoringRule notApplicable(String text, List<Note> notes) {
        Matcher share = NA_SHARE.matcher(text);
        Matcher total = NA_TOTAL.matcher(text);
        if (!share.find() || !total.find()) {
            return null;
        }
        notes.add(new Note("scoring.propose.note.moveTo", List.of()));
        Comparison op = share.group(2) != null ? Comparison.GE : Comparison.GT;
        return new NotApplicable(X, op, new BigDecimal(share.group(1)), "?", new BigDecimal(total.group(1)));
    }

    private static ScoringRule monthly(String text) {
        Matcher gain = MONTHLY_GAIN.matcher(text);
        Matcher loss = MONTHLY_LOSS.matcher(text);
        if (!gain.find() || !loss.find()) {
            return null;
        }
        boolean zero = gain.group(1).equals("为0");
        return new MonthlyAccrual(X, zero ? Comparison.EQ : Comparison.GE,
                zero ? BigDecimal.ZERO : new BigDecimal(gain.group(2)), new BigDecimal(gain.group(3)),
                new BigDecimal(loss.group(1)), 12);
    }

    private static ScoringRule ranking(String text, Matcher top) {
        Matcher step = RANK_STEP.matcher(text);
        Matcher last = RANK_LAST.matcher(text);
        int topRank = Integer.parseInt(top.group(1));
        boolean hasStep = step.find();
        int band = hasStep ? Integer.parseInt(step.group(1)) : 1;
        BigDecimal deduction = hasStep ? new BigDecimal(step.group(2)) : BigDecimal.ZERO;
        int lastRank = last.find() ? Integer.parseInt(last.group(1)) : topRank;
        return new Ranking(X, topRank, new BigDecimal(top.group(2)), band, deduction, lastRank);
    }

    private static ScoringRule anyYes(String text) {
        Matcher yes = Pattern.compile("为.?是.?[,，]?(?:得|计)" + NUMBER + "分").matcher(text);
        Matcher no = Pattern.compile("为.?否.?[,，]?(?:得|计)" + NUMBER + "分").matcher(text);
        if (!yes.find() || !no.find()) {
            return null;
        }
        return new AnyYes(List.of(X), new BigDecimal(yes.group(1)), new BigDecimal(no.group(1)));
    }

    private static ScoringRule interpolation(List<ScoringClauses.Clause> clauses) {
        ScoringClauses.Clause full = null;
        ScoringClauses.Clause zero = null;
        for (ScoringClauses.Clause clause : clauses) {
            if (!clause.hasCondition()) {
                continue;
            }
            if (clause.points().signum() == 0) {
                zero = clause;
            } else if (full == null || clause.points().compareTo(full.points()) > 0) {
                full = clause;
            }
        }
        if (full == null || zero == null) {
            return null;
        }
        return new Interpolation(X, bound(full), bound(zero), full.points());
    }

    private static BigDecimal bound(ScoringClauses.Clause clause) {
        return clause.lower() != null ? clause.lower() : clause.upper();
    }

    private static ScoringRule linear(String text, BigDecimal cap, List<Note> notes) {
        if (cap == null) {
            return null;
        }
        BigDecimal divisor = first(FORMULA_DIVISOR, text);
        BigDecimal multiplier = BigDecimal.ONE;
        Matcher factor = FORMULA_FACTOR.matcher(text);
        Matcher leading = FORMULA_LEADING.matcher(text);
        if (factor.find()) {
            multiplier = new BigDecimal(factor.group(1));
            if (factor.group(2) != null) {
                multiplier = multiplier.movePointLeft(2);
            }
        } else if (leading.find()) {
            multiplier = new BigDecimal(leading.group(1));
        }
        if (divisor != null && text.indexOf('/') != text.lastIndexOf('/')) {
            notes.add(new Note("scoring.propose.note.assumed", List.of("/")));
        }
        return new LinearCapped(X, multiplier, divisor, cap);
    }

    private static ScoringRule stepUp(Matcher m, BigDecimal cap) {
        BigDecimal start = new BigDecimal(m.group(1));
        BigDecimal points = new BigDecimal(m.group(2));
        BigDecimal step = new BigDecimal(m.group(3));
        BigDecimal add = new BigDecimal(m.group(4));
        List<Tier> tiers = new ArrayList<>();
        BigDecimal lower = start;
        boolean first = true;
        while (points.compareTo(cap) < 0 && tiers.size() < 100) {
            BigDecimal upper = first ? start.add(step) : lower.add(step);
            tiers.add(new Tier(lower, !first, upper, false, com.creditdesk.model.indicator.Points.normalize(points)));
            lower = upper;
            points = points.add(add);
            first = false;
        }
        tiers.add(new Tier(lower, !first, null, false, cap));
        java.util.Collections.reverse(tiers);
        return new Tiers(X, tiers, BigDecimal.ZERO);
    }

    private static ScoringRule deduction(String text, Matcher deduct, BigDecimal cap, List<Note> notes) {
        BigDecimal full = null;
        Matcher fullMatcher = FULL.matcher(text);
        while (fullMatcher.find() && fullMatcher.start() < deduct.start()) {
            full = new BigDecimal(fullMatcher.group(1));
        }
        if (full == null) {
            Matcher capMatcher = CAP.matcher(text);
            if (capMatcher.find() && capMatcher.group().contains("扣")) {
                // 每发现1起扣1分，最多扣5分: a penalty with no full points to deduct from
                return new Penalty(X, new BigDecimal(deduct.group(4)), cap);
            }
            full = cap;
        }
        if (full == null || full.signum() == 0) {
            return null;
        }
        String verb = deduct.group(1) == null ? "" : deduct.group(1);
        boolean decrease = verb.equals("减少") || verb.equals("降低") || text.contains("缺少");
        String count = deduct.group(2);
        BigDecimal step = count == null || count.equals("一") ? BigDecimal.ONE : new BigDecimal(count);
        BigDecimal baseline = BigDecimal.ZERO;
        Matcher base = BASELINE.matcher(text);
        if (base.find() && base.start() < deduct.start() && sameDimension(base.group(2), deduct.group(3))) {
            baseline = new BigDecimal(base.group(1));
        } else if (decrease && text.contains("100%")) {
            baseline = BigDecimal.valueOf(100);
        }
        BigDecimal floor = first(FLOOR, text);
        if (floor == null) {
            notes.add(new Note("scoring.propose.note.floorAssumed", List.of()));
        }
        return new DeductionFromFull(X, full, baseline, !decrease, step, new BigDecimal(deduct.group(4)), floor);
    }

    private static ScoringRule yesNo(String text, List<ScoringClauses.Clause> clauses) {
        Matcher yesZero = Pattern.compile("为.?是.?[,，]?得0分").matcher(text);
        Matcher noPoints = Pattern.compile("为.?否.?[,，]?得" + NUMBER + "分").matcher(text);
        if (yesZero.find() && noPoints.find()) {
            return new YesNo(X, BigDecimal.ZERO, new BigDecimal(noPoints.group(1)));
        }
        List<BigDecimal> positive = clauses.stream().map(ScoringClauses.Clause::points).filter(p -> p.signum() > 0).toList();
        if (positive.size() == 1) {
            return new YesNo(X, positive.get(0), BigDecimal.ZERO);
        }
        return null;
    }

    /** A baseline (在5个工作日内) applies only when the deduction counts the same kind of unit. */
    private static boolean sameDimension(String baselineUnit, String stepUnit) {
        if (stepUnit == null) {
            return false;
        }
        boolean baselineTime = baselineUnit.equals("天") || baselineUnit.equals("个工作日");
        boolean stepTime = stepUnit.equals("天") || stepUnit.equals("个工作日");
        boolean baselinePercent = baselineUnit.equals("%");
        boolean stepPercent = stepUnit.equals("%") || stepUnit.equals("个百分点");
        return baselineTime == stepTime && baselinePercent == stepPercent;
    }

    private static BigDecimal first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }
}
