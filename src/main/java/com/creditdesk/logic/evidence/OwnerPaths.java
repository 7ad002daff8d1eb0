package com.creditdesk.logic.evidence;

import org.jooq.DSLContext;
import org.jooq.Record4;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR;
import static com.creditdesk.logic.db.generated.Tables.TASK;

/**
 * The names of the indicators and tasks a campaign's requirements belong to, as paths from the top
 * of their tree ({@code 五、公共信用信息共建共享/（三）双公示情况}), and their order in the source.
 * Two queries for the whole campaign.
 */
final class OwnerPaths {

    static final String SEPARATOR = "/";

    private final Map<Long, Node> indicators = new HashMap<>();
    private final Map<Long, Node> tasks = new HashMap<>();

    private record Node(Long parentId, String label, int rank) {
    }

    OwnerPaths(DSLContext dsl, long campaignId) {
        var systems = dsl.selectDistinct(INDICATOR.SYSTEM_ID).from(INDICATOR)
                .join(EVIDENCE_REQUIREMENT).on(EVIDENCE_REQUIREMENT.INDICATOR_ID.eq(INDICATOR.ID))
                .where(EVIDENCE_REQUIREMENT.CAMPAIGN_ID.eq(campaignId));
        load(indicators, dsl.select(INDICATOR.ID, INDICATOR.PARENT_ID, INDICATOR.CODE, INDICATOR.TITLE)
                .from(INDICATOR).where(INDICATOR.SYSTEM_ID.in(systems))
                .orderBy(INDICATOR.SYSTEM_ID, INDICATOR.SORT_ORDER, INDICATOR.ID).fetch());
        load(tasks, dsl.select(TASK.ID, TASK.PARENT_ID, TASK.SEQ_LABEL, TASK.TITLE)
                .from(TASK).where(TASK.CAMPAIGN_ID.eq(campaignId))
                .orderBy(TASK.SORT_ORDER, TASK.ID).fetch());
    }

    private static void load(Map<Long, Node> into, List<Record4<Long, Long, String, String>> rows) {
        int rank = 0;
        for (Record4<Long, Long, String, String> row : rows) {
            into.put(row.value1(), new Node(row.value2(), label(row.value3(), row.value4()), rank++));
        }
    }

    /** "（三）双公示情况" from code "（三）" and title "双公示情况"; the title alone when it already starts with the code. */
    static String label(String code, String title) {
        String t = title == null ? "" : title.strip();
        String c = code == null ? "" : code.strip();
        if (c.isEmpty() || t.startsWith(c)) {
            return t.isEmpty() ? c : t;
        }
        return c + t;
    }

    String indicatorPath(Long id) {
        return path(indicators, id);
    }

    String taskPath(Long id) {
        return path(tasks, id);
    }

    /** The segments of the path, top first. */
    List<String> segments(Long indicatorId, Long taskId) {
        String path = indicatorId != null ? indicatorPath(indicatorId) : taskPath(taskId);
        return path.isEmpty() ? List.of() : List.of(path.split(SEPARATOR, -1));
    }

    int indicatorRank(Long id) {
        Node node = id == null ? null : indicators.get(id);
        return node == null ? Integer.MAX_VALUE : node.rank();
    }

    int taskRank(Long id) {
        Node node = id == null ? null : tasks.get(id);
        return node == null ? Integer.MAX_VALUE : node.rank();
    }

    /**
     * The source order of requirements: those of indicators first, by the indicators' order, then
     * those of tasks by the tasks' order; by id within one owner.
     */
    <T> Comparator<T> sourceOrder(Function<T, Long> indicatorId, Function<T, Long> taskId, ToLongFunction<T> id) {
        return Comparator.comparingInt((T q) -> indicatorId.apply(q) != null ? 0 : 1)
                .thenComparingInt(q -> indicatorId.apply(q) != null ? indicatorRank(indicatorId.apply(q)) : taskRank(taskId.apply(q)))
                .thenComparingLong(id);
    }

    private static String path(Map<Long, Node> nodes, Long id) {
        StringBuilder path = new StringBuilder();
        Node node = id == null ? null : nodes.get(id);
        int guard = 0;
        while (node != null && guard++ < 50) {
            // A "/" inside a title would split the path: shown as the full-width slash.
            String label = node.label().replace(SEPARATOR, "／");
            path.insert(0, path.isEmpty() ? label : label + SEPARATOR);
            node = node.parentId() == null ? null : nodes.get(node.parentId());
        }
        return path.toString();
    }
}
