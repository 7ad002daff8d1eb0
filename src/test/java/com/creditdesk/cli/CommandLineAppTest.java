package com.creditdesk.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineAppTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String stdin, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLineApp(CommandRegistry.standard()).run(GlobalOptions.parse(argv),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsOptionsInChineseByDefault() {
        Run r = run("", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("信用创建工作台"), r.out());
        assertTrue(r.out().contains("--db FILE"));
    }

    @Test
    void helpSpeaksEnglishOnRequest() {
        Run r = run("", "--lang", "en", "--help");
        assertTrue(r.out().contains("Commands:"), r.out());
    }

    @Test
    void versionIsPrinted() {
        Run r = run("", "--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Credit Desk "), r.out());
    }

    @Test
    void unknownCommandIsBadUsageWithAOneLineChineseMessage() {
        Run r = run("", "frobnicate");
        assertEquals(2, r.code());
        assertEquals("未知命令“frobnicate”。运行 --help 查看全部命令。", r.err().strip());
    }

    @Test
    void globalOptionsMayFollowTheCommand() {
        GlobalOptions options = GlobalOptions.parse(new String[]{"tasks", "--db", "/tmp/x", "--json"});
        assertEquals("/tmp/x", options.databaseFile().toString());
        assertEquals(java.util.List.of("tasks", "--json"), options.commandArgs());
    }
}
