package com.creditdesk.ui.util;

import javafx.scene.Node;

import java.util.List;

/**
 * A read-only (leader) account sees every screen but no control that would change data: those
 * controls, known by their ids, are disabled. The services refuse such changes anyway
 * (AccessScope.requireWrite); this spares the user a click that can only be refused.
 */
public final class ReadOnlyScreens {

    static final List<String> WRITE_CONTROLS = List.of(
            "saveTask", "addTask", "deleteTask", "saveContact",
            "addRequirement", "editRequirement", "deleteRequirement", "addFiles", "detachFile",
            "reviewSubmit", "reviewAccept", "reviewReturn", "reviewResubmit", "reviewWithdraw",
            "registryRename", "registryChangeKind", "registryAddAlias", "registryRemoveAlias", "registryMerge",
            "newScenario", "copyScenario", "deleteScenario", "saveScenario", "refreshFromLedger",
            "newSystem", "copySystem", "deleteSystem", "addCategory", "addIndicator", "addSubRule", "deleteNode", "saveNode");

    private ReadOnlyScreens() {
    }

    /** Disables the write controls of {@code screen} (shown in a scene: its tabs' skins are built first). */
    public static void lock(Node screen) {
        screen.applyCss();
        for (String id : WRITE_CONTROLS) {
            for (Node control : screen.lookupAll("#" + id)) {
                control.disableProperty().unbind();
                control.setDisable(true);
            }
        }
    }
}
