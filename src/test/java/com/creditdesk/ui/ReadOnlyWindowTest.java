package com.creditdesk.ui;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.deadline.DeadlineService;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.logic.user.AccessScope;
import com.creditdesk.model.user.Role;
import com.creditdesk.ui.util.CurrentThreadTaskExecutor;
import com.creditdesk.ui.util.UiPreferences;
import javafx.scene.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** A leader's read-only account: the screens show their write controls disabled; an owner's stay enabled. */
class ReadOnlyWindowTest {

    private final FxRobot robot = new FxRobot();

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aLeaderSeesTheWriteControlsDisabled() throws Exception {
        assertTrue(writeControlsDisabled(new AccessScope("王局长", Role.LEADER_READONLY, null)));
        assertFalse(writeControlsDisabled(AccessScope.owner("市信用办")));
    }

    /** Whether the ledger's add/delete and the evidence screen's add-requirement are all disabled. */
    private boolean writeControlsDisabled(AccessScope scope) throws Exception {
        Preferences prefs = Preferences.userRoot().node("creditdesk-test-" + UUID.randomUUID());
        Path file = dir.resolve(UUID.randomUUID() + "/creditdesk");
        try (Database db = Database.openFile(file)) {
            Messages messages = Messages.of(Messages.CHINESE);
            AppServices services = new AppServices(db, file, new LedgerService(db.dsl(), scope),
                    DeadlineService.standardBoard(), new CurrentThreadTaskExecutor(e -> fail(e)), messages,
                    new UiPreferences(prefs), Clock.systemDefaultZone());
            MainWindow[] window = new MainWindow[1];
            FxToolkit.setupSceneRoot(() -> window[0] = new MainWindow(services, new StatusIndicator("")));
            FxToolkit.showStage();
            robot.interact(() -> window[0].show("evidence"));
            robot.interact(() -> window[0].show("ledger"));
            List<Node> controls = List.of(robot.lookup("#addTask").query(), robot.lookup("#deleteTask").query(),
                    robot.lookup("#saveTask").query());
            robot.interact(() -> window[0].show("evidence"));
            boolean evidenceLocked = robot.lookup("#addRequirement").query().isDisabled();
            return evidenceLocked && controls.stream().allMatch(Node::isDisabled);
        } finally {
            prefs.removeNode();
        }
    }
}
