package com.creditdesk.logic.keyring;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.ServerAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The secret-tool protocol, against a stand-in {@code secret-tool} that keeps entries in files
 * named by the attributes and logs its arguments: the real tool needs a desktop session's Secret
 * Service (checked by hand with gnome-keyring, see the README).
 */
class SecretToolKeyringTest {

    @TempDir
    Path dir;
    private SecretToolKeyring keyring;
    private final ServerAddress server = new ServerAddress("jdbc:postgresql://10.1.2.3/credit", "county");

    @BeforeEach
    void fakeSecretTool() throws IOException {
        Path store = Files.createDirectories(dir.resolve("store"));
        Path script = dir.resolve("secret-tool");
        Files.writeString(script, String.join("\n",
                "#!/bin/bash",
                "store=" + store,
                "printf '%s\\n' \"$*\" >> \"$store/../args.log\"",
                "cmd=$1; shift",
                "[ \"$cmd\" = store ] && shift  # the --label",
                "key=$(printf '%s|' \"$@\" | sha256sum | cut -c1-16)",
                "case $cmd in",
                "  store) cat > \"$store/$key\" ;;",
                "  lookup) [ -f \"$store/$key\" ] || exit 1; cat \"$store/$key\" ;;",
                "  clear) [ -f \"$store/$key\" ] || exit 1; rm \"$store/$key\" ;;",
                "  search) exit 0 ;;",
                "esac", ""), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        keyring = new SecretToolKeyring(script);
    }

    @Test
    void storesLooksUpAndForgetsByServerAndUser() {
        assertTrue(keyring.lookup(server).isEmpty());
        keyring.store(server, "密码 with spaces\nand a line".toCharArray());
        assertArrayEquals("密码 with spaces\nand a line".toCharArray(), keyring.lookup(server).orElseThrow());
        ServerAddress otherUser = new ServerAddress(server.url(), "city");
        assertTrue(keyring.lookup(otherUser).isEmpty(), "entries are per server user");
        keyring.forget(server);
        assertTrue(keyring.lookup(server).isEmpty());
        keyring.forget(server); // nothing stored: no error
    }

    @Test
    void thePasswordNeverAppearsInTheArguments() throws IOException {
        keyring.store(server, "top-secret-42".toCharArray());
        keyring.lookup(server);
        List<String> calls = Files.readAllLines(dir.resolve("args.log"));
        assertEquals(2, calls.size());
        assertTrue(calls.get(0).startsWith("store --label=信用创建工作台 jdbc:postgresql://10.1.2.3/credit (county)"), calls.get(0));
        assertTrue(calls.get(0).endsWith("service credit-desk server jdbc:postgresql://10.1.2.3/credit user county"));
        assertFalse(calls.stream().anyMatch(c -> c.contains("top-secret-42")));
    }

    @Test
    void aFailingKeyringIsReportedInChinese() throws IOException {
        Path broken = dir.resolve("broken-secret-tool");
        Files.writeString(broken, "#!/bin/bash\necho 'Cannot autolaunch D-Bus without X11 $DISPLAY' >&2\nexit 1\n");
        Files.setPosixFilePermissions(broken, PosixFilePermissions.fromString("rwx------"));
        SecretToolKeyring failing = new SecretToolKeyring(broken);
        UserFacingException e = assertThrows(UserFacingException.class, () -> failing.store(server, "x".toCharArray()));
        assertEquals("error.keyring.store", e.key());
        assertTrue(failing.lookup(server).isEmpty());
    }

    @Test
    void noSecretServiceMeansNoKeyring() throws IOException {
        Path broken = dir.resolve("no-service");
        Files.writeString(broken, "#!/bin/bash\necho 'Cannot autolaunch D-Bus without X11 $DISPLAY' >&2\nexit 1\n");
        Files.setPosixFilePermissions(broken, PosixFilePermissions.fromString("rwx------"));
        assertFalse(new SecretToolKeyring(broken).available());
        assertFalse(Keyring.NONE.available());
        assertTrue(Keyring.NONE.lookup(server).isEmpty());
    }
}
