package com.creditdesk.ui.evidence;

import com.creditdesk.logic.UserFacingException;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Opens a file with the program the PC uses for its type (called off the FX thread). */
@FunctionalInterface
public interface SystemViewer {

    void open(Path file);

    /** The desktop's viewer: AWT's Desktop where it works, else xdg-open / open / start. */
    static SystemViewer desktop() {
        return file -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(file.toFile());
                    return;
                }
                String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
                ProcessBuilder command = os.startsWith("windows")
                        ? new ProcessBuilder("cmd", "/c", "start", "", file.toString())
                        : new ProcessBuilder(os.startsWith("mac") ? "open" : "xdg-open", file.toString());
                command.inheritIO().start();
            } catch (IOException | RuntimeException e) {
                throw new UserFacingException(e, "evidence.ui.open.failed", file.getFileName());
            }
        };
    }
}
