package com.creditdesk.logic.db;

import com.creditdesk.logic.county.CountyProfile;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which database the app works on: a PostgreSQL server or an embedded H2 file. First what was
 * given on the command line ({@code --db-url}, {@code --db}), then the setting saved on this PC,
 * then the installer's county profile ({@code db.url}), else the default file.
 */
public record DatabaseChoice(Path file, ServerAddress server) {

    public static DatabaseChoice resolve(Optional<ServerAddress> givenServer, Path givenFile,
                                         Optional<ServerAddress> saved, Optional<CountyProfile> profile) {
        Path file = givenFile != null ? givenFile : DataDirectory.defaultDatabaseFile();
        if (givenServer.isPresent()) {
            return new DatabaseChoice(file, givenServer.get());
        }
        if (givenFile != null) {
            return new DatabaseChoice(file, null);
        }
        Optional<ServerAddress> server = saved.or(() -> profile.flatMap(CountyProfile::serverDatabase));
        return new DatabaseChoice(file, server.orElse(null));
    }

    public boolean isServer() {
        return server != null;
    }

    /** What the user sees as "the database": the server URL or the file. */
    public String description() {
        return server != null ? server.description() : file.toString();
    }

    /** Opens it: {@code password} is the server's, or the file's for an encrypted file (null: none). */
    public Database open(char[] password) {
        return server != null ? Database.openServer(server, password) : Database.openFile(file, password);
    }
}
