package com.creditdesk.logic.ledger;

import com.creditdesk.model.ledger.UnitKind;

/**
 * Guesses a new unit's kind from how notices name units: "各…"/"…有关单位" stand for many units,
 * "…政府"/"…管委会" are governments. The coordinator can correct it in the registry.
 */
public final class UnitKinds {

    private UnitKinds() {
    }

    public static UnitKind guess(String name) {
        String n = name.strip();
        if (n.startsWith("各") || n.contains("有关单位") || n.contains("相关单位") || n.contains("有关部门")
                || n.contains("相关部门") || n.endsWith("成员单位")) {
            return UnitKind.GROUP;
        }
        if (n.endsWith("政府") || n.endsWith("管委会")) {
            return UnitKind.GOVERNMENT;
        }
        return UnitKind.DEPARTMENT;
    }
}
