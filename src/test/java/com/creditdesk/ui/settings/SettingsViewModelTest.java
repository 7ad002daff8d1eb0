package com.creditdesk.ui.settings;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.ui.util.CurrentThreadTaskExecutor;
import com.creditdesk.ui.util.UiPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** 设置 → 数据库: what is kept on this PC for the next start (never a password). */
class SettingsViewModelTest {

    private final Preferences node = Preferences.userRoot().node("creditdesk-test-" + UUID.randomUUID());
    private final UiPreferences preferences = new UiPreferences(node);
    private final SettingsViewModel vm = new SettingsViewModel((LedgerService) null, null,
            new CurrentThreadTaskExecutor(e -> fail(e)), Messages.of(Messages.CHINESE), preferences);

    @AfterEach
    void tearDown() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void aServerIsSavedWithoutPasswordAndBlankGoesBackToTheFile() throws BackingStoreException {
        vm.chooseDatabase("jdbc:postgresql://10.0.0.5:5432/creditdesk", "zoucheng");
        assertEquals("zoucheng", preferences.server().orElseThrow().user());
        assertEquals("下次启动时将连接数据库服务器 jdbc:postgresql://10.0.0.5:5432/creditdesk (zoucheng)。", vm.messageProperty().get());

        vm.chooseDatabase("jdbc:postgresql://10.0.0.5/creditdesk?password=secret", "x");
        assertTrue(vm.messageProperty().get().startsWith("数据库地址中不能包含密码"), vm.messageProperty().get());
        for (String key : node.keys()) {
            assertFalse(node.get(key, "").contains("secret"), key);
        }

        vm.chooseDatabase("  ", null);
        assertTrue(preferences.server().isEmpty());
    }
}
