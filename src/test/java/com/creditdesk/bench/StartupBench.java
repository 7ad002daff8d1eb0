package com.creditdesk.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cold start to the ledger window (JVM start → first rendered frame with the example ledger),
 * median of 5, next to a bare JavaFX window. Needs a display:
 * {@code mvn -B package -DskipTests && xvfb-run -a mvn -B -Pbench test -Dtest=StartupBench}.
 */
@Tag("benchmark")
class StartupBench {

    private static final Pattern MILLIS = Pattern.compile("startup-ms=(\\d+)");

    @Test
    void coldStartMedianOfFive(@TempDir Path dir) throws Exception {
        Path jar = Path.of("target/credit-desk.jar");
        assertTrue(Files.exists(jar), "run mvn package first");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Long> app = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // A fresh database each time would measure the first-start import; use one prepared file.
            app.add(run(List.of(java, "-Dcreditdesk.startupProbe=true", "-jar", jar.toString(),
                    "--db", dir.resolve("db").toString())));
            bare.add(run(List.of(java, "-cp", System.getProperty("java.class.path"), BareJavaFxWindow.Main.class.getName())));
        }
        System.out.printf("cold start to ledger window: median %d ms %s%n", median(app), app);
        System.out.printf("bare JavaFX window:          median %d ms %s%n", median(bare), bare);
    }

    private static long run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        Matcher m = MILLIS.matcher(output);
        assertTrue(m.find(), output);
        return Long.parseLong(m.group(1));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
