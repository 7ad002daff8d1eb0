package com.creditdesk.logic.importer;

import com.creditdesk.logic.units.UnitCellSplitter;
import com.creditdesk.model.importer.ImportedNode;
import com.creditdesk.model.importer.SourceRef;
import com.creditdesk.model.importer.UnitSplit;
import com.creditdesk.model.ledger.NodeKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tasks written in the body of a notice: from the first chapter heading naming tasks (三、主要任务)
 * to the attachment list, every chapter heading (一、) is a section and every （一） heading a task
 * whose following paragraphs are its content. Responsibility is written inline in parentheses,
 * （牵头单位：…，责任单位：…，完成时限：…）, with ， ； or 。 before 完成时限, anywhere in a sentence,
 * possibly several per task: then each becomes a milestone with the clause before it.
 */
final class BodyTaskParser {

    private static final Pattern CHAPTER = Pattern.compile("^[一二三四五六七八九十]+、\\s*\\S.{0,30}$");
    private static final Pattern TASK_HEADING = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]");
    private static final Pattern TASK_CHAPTER = Pattern.compile("任务|重点工作|工作措施|主要措施");
    private static final Pattern ATTACHMENTS = Pattern.compile("^附(件|\\s*[:：])");
    /** A parenthesis, allowing one level of nested parentheses inside (各县（市、区）政府). */
    private static final Pattern PAREN = Pattern.compile("[（(]((?:[^（）()]|[（(][^（）()]*[）)])*)[）)]");
    private static final Pattern RESPONSIBILITY = Pattern.compile("(牵头单位|责任单位|配合单位|责任部门|完成时限)\\s*[：:]");
    private static final Pattern DEADLINE = Pattern.compile("[，,；;。\\s]*完成时限\\s*[：:]\\s*");
    private static final String UNIT_ENDINGS = "局委办院会府行心队司所处厅部室团社门位";
    private static final int MAX_TASK_HEADING = 40;

    private final UnitCellSplitter splitter;

    BodyTaskParser(UnitCellSplitter splitter) {
        this.splitter = splitter;
    }

    List<ImportedNode> parse(List<String> paragraphs) {
        List<ImportedNode> sections = new ArrayList<>();
        boolean inTasks = false;
        String chapter = null;
        int chapterAt = -1;
        List<ImportedNode> tasks = new ArrayList<>();
        int headingAt = -1;
        List<Integer> body = new ArrayList<>();
        for (int i = 0; i <= paragraphs.size(); i++) {
            String text = i < paragraphs.size() ? paragraphs.get(i) : null;
            boolean end = text == null || inTasks && ATTACHMENTS.matcher(text).find();
            boolean newChapter = !end && CHAPTER.matcher(text).matches();
            boolean newTask = !end && inTasks && TASK_HEADING.matcher(text).find();
            if ((end || newChapter || newTask) && headingAt >= 0) {
                tasks.add(task(paragraphs, headingAt, body));
                headingAt = -1;
            }
            if ((end || newChapter) && inTasks) {
                sections.add(new ImportedNode(NodeKind.SECTION, SeqLabels.leadingLabel(chapter), chapter, null, null, null,
                        null, UnitSplit.empty(null), SourceRef.body(chapterAt), tasks));
                tasks = new ArrayList<>();
            }
            if (end) {
                break;
            }
            if (newChapter) {
                inTasks = inTasks || TASK_CHAPTER.matcher(text).find();
                chapter = text;
                chapterAt = i;
            } else if (newTask) {
                headingAt = i;
                body = new ArrayList<>();
            } else if (headingAt >= 0) {
                body.add(i);
            }
        }
        return sections;
    }

    private ImportedNode task(List<String> paragraphs, int headingAt, List<Integer> body) {
        String heading = paragraphs.get(headingAt);
        String title = heading;
        boolean inline = false;
        List<String> contentParts = new ArrayList<>();
        if (heading.length() > MAX_TASK_HEADING) {
            // （一）标题。正文… written as one paragraph: the title ends at the first full stop.
            int stop = heading.indexOf('。');
            if (stop > 0) {
                title = heading.substring(0, stop);
                contentParts.add(heading.substring(stop + 1).strip());
                inline = true;
            }
        }
        body.forEach(i -> contentParts.add(paragraphs.get(i)));
        List<ImportedNode> milestones = new ArrayList<>();
        Set<String> unitTexts = new LinkedHashSet<>();
        Set<String> deadlines = new LinkedHashSet<>();
        for (int p = 0; p < contentParts.size(); p++) {
            String text = contentParts.get(p);
            int paragraphIndex = inline && p == 0 ? headingAt : body.get(p - (inline ? 1 : 0));
            Matcher m = PAREN.matcher(text);
            int clauseStart = 0;
            boolean hadMain = false;
            while (m.find()) {
                String inner = m.group(1);
                if (RESPONSIBILITY.matcher(inner).find()) {
                    String[] parts = DEADLINE.split(inner, 2);
                    String units = parts[0].replaceAll("[，,；;。\\s]+$", "");
                    String deadline = parts.length > 1 ? parts[1].strip() : null;
                    if (!units.isEmpty()) {
                        unitTexts.add(units);
                    }
                    if (deadline != null) {
                        deadlines.add(deadline);
                    }
                    String clause = text.substring(clauseStart, m.start()).replaceAll("^[；;。，,\\s]+", "").strip();
                    milestones.add(new ImportedNode(NodeKind.MILESTONE, null, null, null, clause, units, deadline,
                            splitter.split(units), SourceRef.body(paragraphIndex), List.of()));
                    clauseStart = m.end();
                    hadMain = true;
                } else if (hadMain && looksLikeUnits(inner)) {
                    unitTexts.add(inner);
                }
            }
        }
        String unitsText = unitTexts.isEmpty() ? null : String.join("；", unitTexts);
        String deadlineText = deadlines.isEmpty() ? null : String.join("；", deadlines);
        return new ImportedNode(NodeKind.TASK, SeqLabels.leadingLabel(heading), title, String.join("\n", contentParts),
                null, unitsText, deadlineText, splitter.split(unitsText), SourceRef.body(headingAt),
                milestones.size() > 1 ? milestones : List.of());
    }

    /** （市财政局）: every part ends like a unit name and nothing looks like prose or a year. */
    private static boolean looksLikeUnits(String inner) {
        List<String> parts = UnitCellSplitter.cut(inner, "、，,");
        return !parts.isEmpty() && !inner.matches(".*[0-9。：:].*") && parts.stream().allMatch(
                part -> part.length() >= 3 && part.length() <= 20 && UNIT_ENDINGS.indexOf(part.charAt(part.length() - 1)) >= 0);
    }
}
