package com.creditdesk.logic.report;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.scoring.ScoreCalculator;
import com.creditdesk.model.indicator.Category;
import com.creditdesk.model.indicator.CategoryScore;
import com.creditdesk.model.indicator.Indicator;
import com.creditdesk.model.indicator.IndicatorKind;
import com.creditdesk.model.indicator.IndicatorScore;
import com.creditdesk.model.indicator.IndicatorStatus;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.ScoreResult;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.report.PageOrientation;
import com.creditdesk.model.report.Report;
import com.creditdesk.model.report.ReportColumn;
import com.creditdesk.model.report.ReportPart;
import com.creditdesk.model.report.ReportRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * 自评打分表: the indicator system by category (序号 as written, indicator, kind, max points, the
 * 评分标准 shortened), each scenario's score per indicator with the 一票否决 state and the missing
 * inputs named, category subtotals and the totals. With no scenario it is a blank form; with two,
 * the scores stand side by side with their difference (second minus first).
 */
public final class ScoreSheetBuilder {

    private final ReportText text;

    public ScoreSheetBuilder(Messages messages) {
        this.text = new ReportText(messages);
    }

    /** @param scenarios none, one or two scenarios of {@code system} */
    public Report build(Campaign campaign, IndicatorSystem system, List<ScoredScenario> scenarios, LocalDate today) {
        if (scenarios.size() > 2) {
            throw new IllegalArgumentException("at most two scenarios side by side");
        }
        ScoreSheetCells cells = new ScoreSheetCells(text, system);
        // Max points per category and in total do not depend on the inputs given.
        ScoreResult reference = scenarios.isEmpty() ? new ScoreCalculator().evaluate(system, Map.of())
                : scenarios.get(0).result();
        List<ReportRow> rows = new ArrayList<>();
        for (int c = 0; c < system.categories().size(); c++) {
            Category category = system.categories().get(c);
            rows.add(new ReportRow.Span(category.title(), ReportRow.SpanStyle.SECTION));
            for (Indicator indicator : category.indicators()) {
                rows.add(indicatorRow(indicator, scenarios, cells));
            }
            rows.add(subtotal(category, c, reference, scenarios, cells));
        }
        rows.add(new ReportRow.Span(text.get("report.score.totals"), ReportRow.SpanStyle.SECTION));
        rows.addAll(totals(system, reference, scenarios, cells));
        return new Report(text.get("report.score.title"), text.dateLine(campaign, today), PageOrientation.LANDSCAPE,
                columns(scenarios), List.of(new ReportPart(heading(system, scenarios), rows,
                List.of(text.get("report.score.footnote"), text.get("report.score.signature")))));
    }

    private List<ReportColumn> columns(List<ScoredScenario> scenarios) {
        boolean two = scenarios.size() == 2;
        List<ReportColumn> columns = new ArrayList<>(List.of(
                ReportColumn.center(text.get("report.column.seq"), 5),
                ReportColumn.left(text.get("report.score.column.indicator"), two ? 21 : 23),
                ReportColumn.center(text.get("report.score.column.kind"), 6),
                ReportColumn.center(text.get("report.score.column.max"), 6),
                ReportColumn.left(text.get("report.score.column.rule"), two ? 26 : 32)));
        if (scenarios.isEmpty()) {
            columns.add(ReportColumn.center(text.get("report.score.column.selfScore"), 9));
        }
        for (ScoredScenario scenario : scenarios) {
            columns.add(ReportColumn.center(two ? text.get("report.score.column.scoreOf", scenario.name())
                    : text.get("report.score.column.score"), 8));
        }
        if (two) {
            columns.add(ReportColumn.center(text.get("report.score.column.difference"), 7));
        }
        columns.add(ReportColumn.left(text.get(scenarios.isEmpty() ? "report.score.column.remark" : "report.score.column.note"),
                two ? 17 : 20));
        return columns;
    }

    private ReportRow indicatorRow(Indicator indicator, List<ScoredScenario> scenarios, ScoreSheetCells cells) {
        List<String> values = new ArrayList<>(List.of(ReportText.nullToEmpty(indicator.code()), indicator.title(),
                text.get("report.score.kind." + indicator.kind().name()), maxText(indicator), cells.rule(indicator)));
        if (scenarios.isEmpty()) {
            values.add("");
        }
        List<IndicatorScore> scores = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ScoredScenario scenario : scenarios) {
            IndicatorScore score = scoreOf(scenario, indicator);
            Optional<ScoreSheetCells.VetoState> veto = cells.veto(indicator, score, scenario);
            values.add(cells.score(indicator, score, veto));
            notes.add(cells.note(indicator, score, veto, scenario));
            scores.add(score);
        }
        if (scenarios.size() == 2) {
            boolean bothScored = indicator.kind() != IndicatorKind.VETO
                    && scores.stream().allMatch(s -> s.score() != null);
            values.add(bothScored ? ScoreSheetCells.difference(scores.get(0).score(), scores.get(1).score()) : "");
        }
        values.add(joinNotes(scenarios, notes));
        return new ReportRow.Cells(values);
    }

    private String maxText(Indicator indicator) {
        if (indicator.kind() == IndicatorKind.VETO) {
            return text.get("report.score.noPoints");
        }
        return indicator.maxPoints() == null ? text.get("report.score.noCap") : ScoreSheetCells.points(indicator.maxPoints());
    }

    /** One note per scenario, each named when they differ; once when both say the same. */
    private String joinNotes(List<ScoredScenario> scenarios, List<String> notes) {
        if (notes.size() < 2 || notes.get(0).equals(notes.get(1))) {
            return notes.isEmpty() ? "" : notes.get(0);
        }
        List<String> named = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            if (!notes.get(i).isEmpty()) {
                named.add(text.get("report.score.noteOf", scenarios.get(i).name(), notes.get(i)));
            }
        }
        return String.join("\n", named);
    }

    private ReportRow subtotal(Category category, int index, ScoreResult reference, List<ScoredScenario> scenarios,
                               ScoreSheetCells cells) {
        boolean vetoOnly = !category.indicators().isEmpty()
                && category.indicators().stream().allMatch(Indicator::isVeto);
        String max = vetoOnly ? text.get("report.score.noPoints")
                : ScoreSheetCells.points(reference.categories().get(index).max());
        List<String> values = new ArrayList<>(List.of("", text.get("report.score.subtotal"), "", max, ""));
        if (scenarios.isEmpty()) {
            values.add("");
        }
        List<String> notes = new ArrayList<>();
        for (ScoredScenario scenario : scenarios) {
            CategoryScore score = scenario.result().categories().get(index);
            if (vetoOnly) {
                VetoCount count = VetoCount.of(category.indicators(), scenario, cells);
                values.add(cells.vetoWord(count.overall()));
                notes.add(text.get("report.score.vetoCount", count.passed, count.failed, count.missing));
            } else {
                long missing = category.indicators().stream().map(i -> scoreOf(scenario, i))
                        .filter(s -> s.score() == null && s.status() != IndicatorStatus.NOT_APPLICABLE).count();
                values.add(partial(score.score(), score.complete()));
                notes.add(missing == 0 ? "" : text.get("report.score.incompleteCategory", missing));
            }
        }
        if (scenarios.size() == 2) {
            values.add(vetoOnly ? "" : ScoreSheetCells.difference(scenarios.get(0).result().categories().get(index).score(),
                    scenarios.get(1).result().categories().get(index).score()));
        }
        values.add(joinNotes(scenarios, notes));
        return new ReportRow.Cells(values);
    }

    private List<ReportRow> totals(IndicatorSystem system, ScoreResult reference, List<ScoredScenario> scenarios,
                                   ScoreSheetCells cells) {
        boolean hasBonus = reference.bonusMax().signum() > 0;
        Predicate<ScoreResult> scoredComplete = r -> complete(system, r, false);
        Predicate<ScoreResult> bonusComplete = r -> complete(system, r, true);
        List<ReportRow> rows = new ArrayList<>();
        rows.add(totalRow(text.get(hasBonus ? "report.score.scoredTotal" : "report.score.total"),
                ScoreSheetCells.points(reference.max()), scenarios, r -> r.total().subtract(r.bonus()),
                scoredComplete, ""));
        if (hasBonus) {
            rows.add(totalRow(text.get("report.score.bonus"), ScoreSheetCells.points(reference.bonusMax()), scenarios,
                    ScoreResult::bonus, bonusComplete, system.bonusCap() == null ? ""
                            : text.get("report.score.bonusCap", ScoreSheetCells.points(system.bonusCap()))));
            rows.add(totalRow(text.get("report.score.total"), text.get("report.score.maxWithBonus",
                            ScoreSheetCells.points(reference.max()), ScoreSheetCells.points(reference.bonusMax())),
                    scenarios, ScoreResult::total, ScoreResult::complete, ""));
        }
        boolean anyVeto = system.indicators().stream().anyMatch(ScoreSheetCells::hasVeto);
        if (anyVeto) {
            List<String> values = new ArrayList<>(List.of("", text.get("report.score.vetoTotal"), "",
                    text.get("report.score.noPoints"), ""));
            if (scenarios.isEmpty()) {
                values.add("");
            }
            List<String> notes = new ArrayList<>();
            for (ScoredScenario scenario : scenarios) {
                List<Indicator> vetoes = system.indicators().stream().filter(ScoreSheetCells::hasVeto).toList();
                VetoCount count = VetoCount.of(vetoes, scenario, cells);
                values.add(cells.vetoWord(count.overall()));
                notes.add(scenario.result().vetoed()
                        ? text.get("report.score.vetoedItems", String.join("、", scenario.result().vetoFailures().stream()
                                .map(this::vetoName).distinct().toList()))
                        : text.get("report.score.vetoCount", count.passed, count.failed, count.missing));
            }
            if (scenarios.size() == 2) {
                values.add("");
            }
            values.add(joinNotes(scenarios, notes));
            rows.add(new ReportRow.Cells(values));
        }
        return rows;
    }

    private ReportRow totalRow(String label, String max, List<ScoredScenario> scenarios,
                               Function<ScoreResult, BigDecimal> points, Predicate<ScoreResult> complete,
                               String note) {
        List<String> values = new ArrayList<>(List.of("", label, "", max, ""));
        if (scenarios.isEmpty()) {
            values.add("");
        }
        List<String> notes = new ArrayList<>();
        for (ScoredScenario scenario : scenarios) {
            ScoreResult r = scenario.result();
            values.add(partial(points.apply(r), complete.test(r)));
            String line = note;
            if (!complete.test(r)) {
                String missing = text.get("report.score.incompleteTotal");
                line = line.isEmpty() ? missing : line + "\n" + missing;
            }
            notes.add(line);
        }
        if (scenarios.size() == 2) {
            values.add(ScoreSheetCells.difference(points.apply(scenarios.get(0).result()),
                    points.apply(scenarios.get(1).result())));
        }
        values.add(scenarios.isEmpty() ? note : joinNotes(scenarios, notes));
        return new ReportRow.Cells(values);
    }

    /** "2．辖区内的政务服务大厅接入……": the failed item by its number and the start of its title. */
    private String vetoName(com.creditdesk.model.indicator.VetoFailure failure) {
        String title = ScoreSheetCells.abbreviate(ReportText.nullToEmpty(failure.title()), 16);
        String code = ReportText.nullToEmpty(failure.code());
        return code.isEmpty() ? title : LedgerReportBuilder.join(code, title);
    }

    /** Whether every category of the kind (附加项 or not) has all its inputs. */
    private static boolean complete(IndicatorSystem system, ScoreResult result, boolean bonus) {
        for (int i = 0; i < system.categories().size(); i++) {
            Category category = system.categories().get(i);
            boolean isBonus = !category.indicators().isEmpty()
                    && category.indicators().stream().allMatch(ind -> ind.kind() == IndicatorKind.BONUS);
            if (isBonus == bonus && !result.categories().get(i).complete()) {
                return false;
            }
        }
        return true;
    }

    /** Points scored so far, marked "（不全）" while inputs are missing: never a final-looking total. */
    private String partial(BigDecimal points, boolean complete) {
        String p = ScoreSheetCells.points(points);
        return complete ? p : text.get("report.score.partial", p);
    }

    private static IndicatorScore scoreOf(ScoredScenario scenario, Indicator indicator) {
        return scenario.result().indicators().stream().filter(s -> s.id().equals(indicator.id())).findFirst().orElseThrow();
    }

    private String heading(IndicatorSystem system, List<ScoredScenario> scenarios) {
        return switch (scenarios.size()) {
            case 0 -> text.get("report.score.headingBlank", system.name());
            case 1 -> text.get("report.score.heading", system.name(), scenarios.get(0).name());
            default -> text.get("report.score.headingCompare", system.name(), scenarios.get(0).name(),
                    scenarios.get(1).name());
        };
    }

    /** How many veto conditions passed, failed or lack data in one scenario. */
    private record VetoCount(long passed, long failed, long missing) {

        static VetoCount of(List<Indicator> indicators, ScoredScenario scenario, ScoreSheetCells cells) {
            long passed = 0;
            long failed = 0;
            long missing = 0;
            for (Indicator indicator : indicators) {
                Optional<ScoreSheetCells.VetoState> state = cells.veto(indicator, scoreOf(scenario, indicator), scenario);
                if (state.isEmpty()) {
                    continue;
                }
                switch (state.get()) {
                    case PASSED -> passed++;
                    case FAILED -> failed++;
                    default -> missing++;
                }
            }
            return new VetoCount(passed, failed, missing);
        }

        ScoreSheetCells.VetoState overall() {
            return failed > 0 ? ScoreSheetCells.VetoState.FAILED
                    : missing > 0 ? ScoreSheetCells.VetoState.MISSING : ScoreSheetCells.VetoState.PASSED;
        }
    }
}
