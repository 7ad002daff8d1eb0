package com.creditdesk.logic.evidence;

import com.creditdesk.model.evidence.CellState;
import com.creditdesk.model.evidence.EvidenceStatus;
import com.creditdesk.model.evidence.EvidenceType;
import com.creditdesk.model.evidence.IntegrityProblem;

/** The bundle keys of the evidence enums, for screens and reports. */
public final class EvidenceLabels {

    private EvidenceLabels() {
    }

    /** 制度文件, 通知公告 … */
    public static String key(EvidenceType type) {
        return "evidence.type." + type.name();
    }

    /** 待提交, 已提交, 审核通过, 退回. */
    public static String key(EvidenceStatus status) {
        return "evidence.status." + status.name();
    }

    /** 缺, 已提交, 已通过, 退回, 无需提供. */
    public static String key(CellState state) {
        return "evidence.cell." + state.name();
    }

    /** A sentence describing a problem, with {0} the subject and {1} the detail. */
    public static String key(IntegrityProblem.Kind kind) {
        return "evidence.problem." + kind.name();
    }
}
