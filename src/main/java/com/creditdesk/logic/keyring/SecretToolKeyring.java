package com.creditdesk.logic.keyring;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.ServerAddress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Passwords in the freedesktop Secret Service through libsecret's {@code secret-tool}: the
 * password goes through the process's stdin and stdout, never its arguments (which other users can
 * see); entries are found by the attributes service, server URL and server user.
 */
public final class SecretToolKeyring implements Keyring {

    private static final String SERVICE = "credit-desk";
    private static final long TIMEOUT_SECONDS = 20;

    private final Path secretTool;

    public SecretToolKeyring(Path secretTool) {
        this.secretTool = secretTool;
    }

    /** {@code secret-tool} from the PATH, if installed. */
    public static Optional<SecretToolKeyring> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "secret-tool");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new SecretToolKeyring(candidate));
            }
        }
        return Optional.empty();
    }

    /** Available when a Secret Service answers on the session bus (a lookup of nothing succeeds or finds nothing). */
    @Override
    public boolean available() {
        if (System.getenv("DBUS_SESSION_BUS_ADDRESS") == null && System.getenv("XDG_RUNTIME_DIR") == null) {
            return false;
        }
        try {
            Result probe = run(List.of("search", "service", SERVICE, "probe", "availability"), null);
            // exit 0 or 1 (nothing found) means the service answered; other codes and errors mean no keyring
            return probe.exit() == 0 || (probe.exit() == 1 && probe.error().isBlank());
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Optional<char[]> lookup(ServerAddress server) {
        try {
            Result result = run(withAttributes(List.of("lookup"), server), null);
            if (result.exit() != 0 || result.output().length == 0) {
                return Optional.empty();
            }
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(result.output()));
            char[] password = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            Arrays.fill(result.output(), (byte) 0);
            return Optional.of(password);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void store(ServerAddress server, char[] password) {
        List<String> args = new ArrayList<>(List.of("store", "--label=信用创建工作台 " + server.description()));
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] secret = Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit());
        Arrays.fill(bytes.array(), (byte) 0);
        try {
            Result result = run(withAttributes(args, server), secret);
            if (result.exit() != 0) {
                throw new UserFacingException("error.keyring.store", result.error().strip());
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "error.keyring.store", e.getMessage());
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    @Override
    public void forget(ServerAddress server) {
        try {
            Result result = run(withAttributes(List.of("clear"), server), null);
            if (result.exit() != 0 && !result.error().isBlank()) {
                throw new UserFacingException("error.keyring.forget", result.error().strip());
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "error.keyring.forget", e.getMessage());
        }
    }

    private static List<String> withAttributes(List<String> command, ServerAddress server) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("service", SERVICE, "server", server.url(), "user", server.user() == null ? "" : server.user()));
        return args;
    }

    private record Result(int exit, byte[] output, String error) {
    }

    private Result run(List<String> args, byte[] stdin) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(secretTool.toString());
        command.addAll(args);
        Process process = new ProcessBuilder(command).start();
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        }
        byte[] output = readAll(process.getInputStream());
        String error = new String(readAll(process.getErrorStream()), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("secret-tool did not answer within " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted", e);
        }
        return new Result(process.exitValue(), output, error);
    }

    private static byte[] readAll(InputStream stream) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        stream.transferTo(buffer);
        return buffer.toByteArray();
    }
}
