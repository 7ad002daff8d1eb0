package com.creditdesk.logic.deadline;

import com.creditdesk.model.deadline.DeadlineKind;
import com.creditdesk.model.deadline.DeadlineNote;
import com.creditdesk.model.deadline.Milestone;
import com.creditdesk.model.deadline.ParsedDeadline;
import com.creditdesk.model.deadline.Recurrence;
import com.creditdesk.model.deadline.RelativeDeadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads a free-text 完成时限 (or any sentence holding one) into a {@link ParsedDeadline}. The text
 * is cut into clauses at ，；。, each clause is normalised and scanned for time expressions, and
 * the expressions are combined: several dated clauses become milestones, "A至B" becomes a range,
 * 每月/按季度 a recurrence, N个工作日内 a delay, 持续推进 open-ended. Whatever it cannot place in
 * time is UNKNOWN with review = true: it never guesses a date. Thread-safe and stateless.
 */
public final class DeadlineParser {

    // Line breaks are not clause breaks: PDF conversion wraps cells mid-word ("持\n续推进").
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;。，；]+");
    /** Between the two ends of a range: a dash, 至, 到; or "2018年6月…启动…至2021年6月30日". */
    private static final Pattern RANGE_CONNECTOR = Pattern.compile("-|至|到|~|-至|.{1,30}(?<!截)至");
    private static final Pattern ONGOING = Pattern.compile("持续|长期|常态|经常性|常年|不间断|定期|动态|实时|随时");
    private static final Pattern DATE_ANCHOR_LINK = Pattern.compile("(之日)?(起|以后|之后|后)");
    private static final Pattern EVENT_BEFORE_DELAY = Pattern.compile("(.{1,40}?)(?:起|以后|之后|后)$");

    public ParsedDeadline parse(String text, DeadlineContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        if (text == null || text.isBlank()) {
            return ParsedDeadline.unknown(text == null ? "" : text, DeadlineNote.UNREADABLE.key());
        }
        Reading reading = new Reading(ctx);
        for (String clause : CLAUSE_BREAK.split(text)) {
            if (!clause.isBlank()) {
                readClause(clause.strip(), reading);
            }
        }
        return reading.result(text);
    }

    private void readClause(String verbatim, Reading reading) {
        String clause = DeadlineText.normalize(verbatim);
        List<DeadlineToken> tokens = DeadlineScanner.scan(clause);
        int itemsBefore = reading.items.size();
        DeadlineToken.Calendar previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            DeadlineToken token = tokens.get(i);
            if (token instanceof DeadlineToken.Calendar cal) {
                int textEnd = i + 1 < tokens.size() ? tokens.get(i + 1).start() : clause.length();
                boolean range = previous != null && reading.lastItemIsOpen()
                        && RANGE_CONNECTOR.matcher(clause.substring(previous.end(), cal.start())).matches();
                boolean added = reading.addCalendar(cal, range, endsWithBy(clause, cal.start()),
                        clause.substring(cal.start(), textEnd));
                previous = added ? cal : null;
                continue;
            }
            previous = null;
            if (token instanceof DeadlineToken.Recurring rec) {
                reading.recurrence(rec.recurrence());
            } else if (token instanceof DeadlineToken.Relative rel) {
                DeadlineToken before = i > 0 ? tokens.get(i - 1) : null;
                boolean fromDate = before instanceof DeadlineToken.Calendar cal && countsFrom(cal, clause, rel);
                reading.relative(rel, fromDate ? clause.substring(before.start(), before.end())
                        : anchor(clause.substring(0, rel.start())), fromDate);
            } else if (token instanceof DeadlineToken.Lookback) {
                reading.lookback = true;
            } else if (token instanceof DeadlineToken.Campaign campaign) {
                reading.addCampaign(campaign.atEnd(), clause);
            } else if (token instanceof DeadlineToken.FiveYearPlan plan) {
                reading.addFiveYearPlan(plan, clause);
            }
        }
        if (reading.items.size() == itemsBefore + 1) {
            reading.retextLastItem(verbatim);
        }
        reading.ongoing |= ONGOING.matcher(clause).find();
    }

    /** 截至/截止(到) right before an expression: "by" that date. */
    private static boolean endsWithBy(String clause, int end) {
        String before = clause.substring(Math.max(0, end - 3), end);
        return before.endsWith("截至") || before.endsWith("截止") || before.endsWith("截止到");
    }

    /** "2022年6月30日后10个工作日内", "自2022年6月30日起10个工作日内": the delay counts from that date. */
    private static boolean countsFrom(DeadlineToken.Calendar date, String clause, DeadlineToken.Relative delay) {
        String link = clause.substring(date.end(), delay.start());
        return DATE_ANCHOR_LINK.matcher(link).matches() || link.isEmpty() && "起".equals(date.suffix());
    }

    /** The event a delay counts from: "在…作出决定之日起7个工作日内" → "…作出决定之日"; else the issue date. */
    private static String anchor(String before) {
        var m = EVENT_BEFORE_DELAY.matcher(before);
        if (!m.find()) {
            return RelativeDeadline.ISSUE_DATE;
        }
        String event = m.group(1);
        int cut = Math.max(Math.max(event.lastIndexOf('在'), event.lastIndexOf('自')),
                Math.max(event.lastIndexOf('从'), event.lastIndexOf('于')));
        event = event.substring(cut + 1);
        return event.isEmpty() ? RelativeDeadline.ISSUE_DATE : event;
    }

    /** One dated thing named in the text: a day, a period or a range. due null = cannot be known. */
    private record Item(String text, DeadlineKind kind, LocalDate start, LocalDate due, boolean startsFrom,
                        boolean open, Integer year, Integer month, LocalDate firstDay) {
        Item(String text, DeadlineKind kind, LocalDate start, LocalDate due, Integer year, Integer month) {
            this(text, kind, start, due, false, false, year, month, start);
        }

        Item withText(String newText) {
            return new Item(newText, kind, start, due, startsFrom, open, year, month, firstDay);
        }
    }

    /** What the clauses of one text have said so far. */
    private static final class Reading {
        private final DeadlineContext ctx;
        private final List<Item> items = new ArrayList<>();
        private final List<DeadlineNote> reviewNotes = new ArrayList<>();
        private final List<DeadlineNote> infoNotes = new ArrayList<>();
        private Recurrence recurrence;
        private RelativeDeadline relative;
        private LocalDate relativeStart;
        private LocalDate relativeDue;
        private boolean invalid;
        private boolean lookback;
        private boolean ongoing;

        Reading(DeadlineContext ctx) {
            this.ctx = ctx;
        }

        boolean lastItemIsOpen() {
            return !items.isEmpty() && items.get(items.size() - 1).open();
        }

        /** @return whether the expression became (part of) an item */
        boolean addCalendar(DeadlineToken.Calendar cal, boolean range, boolean byPrefix, String text) {
            Item last = items.isEmpty() ? null : items.get(items.size() - 1);
            CalendarSpans.Span span;
            try {
                span = CalendarSpans.resolve(cal, last == null ? null : last.year(),
                        last == null ? null : last.month(), ctx.reference());
            } catch (CalendarSpans.Unreadable e) {
                invalid |= e.note() == DeadlineNote.INVALID_DATE;
                reviewNotes.add(e.note());
                return false;
            }
            if (span.note() != null) {
                reviewNotes.add(span.note());
            }
            String suffix = cal.suffix() == null ? "" : cal.suffix();
            boolean by = byPrefix || suffix.endsWith("前") || suffix.endsWith("止");
            boolean from = suffix.equals("起") || suffix.equals("以来") || suffix.equals("开始");
            if (span.yearFromIssueDate() && ctx.reference() != null && span.due().isBefore(ctx.reference())) {
                reviewNotes.add(DeadlineNote.BEFORE_ISSUE_DATE);
            }
            if (range) {
                items.remove(items.size() - 1);
                if (span.due().isBefore(last.firstDay())) {
                    invalid = true;
                    reviewNotes.add(DeadlineNote.RANGE_REVERSED);
                    return false;
                }
                items.add(new Item(last.text(), DeadlineKind.RANGE, last.firstDay(), span.due(), span.year(), span.month()));
                return true;
            }
            DeadlineKind kind = span.point() || by ? DeadlineKind.DATE : DeadlineKind.PERIOD;
            items.add(new Item(text, kind, kind == DeadlineKind.DATE && !from ? null : span.start(), span.due(),
                    from, !by, span.year(), span.month(), span.start()));
            return true;
        }

        void addCampaign(boolean atEnd, String text) {
            LocalDate end = ctx.campaignEnd();
            if (end == null) {
                reviewNotes.add(DeadlineNote.CAMPAIGN_UNKNOWN);
            }
            Integer year = end == null ? null : end.getYear();
            Integer month = end == null ? null : end.getMonthValue();
            items.add(atEnd ? new Item(text, DeadlineKind.DATE, null, end, year, month)
                    : new Item(text, DeadlineKind.PERIOD, ctx.campaignStart(), end, year, month));
        }

        void addFiveYearPlan(DeadlineToken.FiveYearPlan plan, String text) {
            LocalDate last = LocalDate.of(plan.firstYear() + 4, 12, 31);
            items.add(plan.atEnd() ? new Item(text, DeadlineKind.DATE, null, last, last.getYear(), 12)
                    : new Item(text, DeadlineKind.PERIOD, LocalDate.of(plan.firstYear(), 1, 1), last, last.getYear(), 12));
        }

        void retextLastItem(String verbatim) {
            Item last = items.remove(items.size() - 1);
            items.add(last.withText(verbatim));
        }

        void recurrence(Recurrence found) {
            if (recurrence == null) {
                recurrence = found;
            }
        }

        /** @param fromLastItem the delay counts from the date just read ("2022年6月30日后10个工作日内") */
        void relative(DeadlineToken.Relative rel, String anchor, boolean fromLastItem) {
            if (relative != null) {
                return;
            }
            relative = new RelativeDeadline(rel.amount(), rel.unit(), anchor);
            LocalDate ref = ctx.reference();
            if (fromLastItem && !items.isEmpty()) {
                ref = items.remove(items.size() - 1).due();
                relativeStart = ref;
            } else if (!relative.anchoredToIssueDate()) {
                infoNotes.add(DeadlineNote.EVENT_ANCHOR);
                return;
            } else {
                relativeStart = ref;
            }
            if (ref == null) {
                reviewNotes.add(DeadlineNote.NO_REFERENCE);
                return;
            }
            try {
                relativeDue = switch (rel.unit()) {
                    case DAYS -> ref.plusDays(rel.amount());
                    case WORKING_DAYS -> workingDays(ref, rel.amount());
                    case MONTHS -> ref.plusMonths(rel.amount());
                    case YEARS -> ref.plusYears(rel.amount());
                };
            } catch (WorkingDayCalendar.BeyondCalendarException e) {
                reviewNotes.add(DeadlineNote.BEYOND_CALENDAR);
            }
        }

        private LocalDate workingDays(LocalDate ref, int amount) {
            if (ctx.calendar() == null) {
                throw new WorkingDayCalendar.BeyondCalendarException(ref, ref, ref);
            }
            return ctx.calendar().addWorkingDays(ref, amount);
        }

        ParsedDeadline result(String text) {
            if (invalid) {
                return ParsedDeadline.unknown(text, reviewNotes.get(0).key());
            }
            List<Item> dated = items.stream().filter(item -> !item.startsFrom()).toList();
            LocalDate from = items.stream().filter(Item::startsFrom).map(Item::start).findFirst().orElse(null);
            if (recurrence != null || !dated.isEmpty()) {
                return dated(text, dated, from);
            }
            if (relative != null) {
                return build(text, DeadlineKind.RELATIVE, relativeStart, relativeDue, List.of());
            }
            if (from != null || ongoing) {
                return build(text, DeadlineKind.ONGOING, from, null, List.of());
            }
            reviewNotes.add(lookback ? DeadlineNote.LOOKBACK : DeadlineNote.UNREADABLE);
            return ParsedDeadline.unknown(text, reviewNotes.get(0).key());
        }

        private ParsedDeadline dated(String text, List<Item> dated, LocalDate from) {
            boolean allKnown = dated.stream().allMatch(item -> item.due() != null);
            Item latest = dated.stream().filter(item -> item.due() != null)
                    .max(Comparator.comparing(Item::due)).orElse(dated.isEmpty() ? null : dated.get(0));
            DeadlineKind kind = recurrence != null ? DeadlineKind.RECURRING
                    : dated.stream().allMatch(item -> item.kind() == DeadlineKind.DATE) ? DeadlineKind.DATE
                    : latest.kind();
            LocalDate start = dated.stream().map(Item::start).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(from);
            if (kind == DeadlineKind.DATE) {
                start = from;
            }
            LocalDate due = allKnown && latest != null ? latest.due() : null;
            List<Milestone> milestones = dated.size() < 2 ? List.of()
                    : dated.stream().map(item -> new Milestone(item.text(), item.due())).toList();
            return build(text, kind, start, due, milestones);
        }

        private ParsedDeadline build(String text, DeadlineKind kind, LocalDate start, LocalDate due,
                                     List<Milestone> milestones) {
            boolean review = !reviewNotes.isEmpty();
            DeadlineNote note = review ? reviewNotes.get(0) : infoNotes.isEmpty() ? null : infoNotes.get(0);
            return new ParsedDeadline(text, kind, start, due, milestones, recurrence, relative, review,
                    note == null ? null : note.key());
        }
    }
}
