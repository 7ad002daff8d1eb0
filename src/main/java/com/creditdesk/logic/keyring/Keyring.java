package com.creditdesk.logic.keyring;

import com.creditdesk.logic.db.ServerAddress;

import java.util.Optional;

/**
 * The platform's protected password storage, where the database server's password may be kept
 * instead of being typed at every start. Never a file of our own: when the platform offers no
 * keyring, {@link #NONE} says so and the password is asked at start-up.
 */
public interface Keyring {

    /** Whether passwords can be stored and read here on this PC now. */
    boolean available();

    /** The stored password for {@code server}, if any. */
    Optional<char[]> lookup(ServerAddress server);

    /** Stores (or replaces) the password for {@code server}. */
    void store(ServerAddress server, char[] password);

    /** Removes a stored password (nothing happens when none is stored). */
    void forget(ServerAddress server);

    /** No protected storage: nothing stored, nothing found. */
    Keyring NONE = new Keyring() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Optional<char[]> lookup(ServerAddress server) {
            return Optional.empty();
        }

        @Override
        public void store(ServerAddress server, char[] password) {
            throw new IllegalStateException("no keyring on this platform");
        }

        @Override
        public void forget(ServerAddress server) {
            // nothing stored
        }
    };

    /**
     * The keyring of this platform: the Secret Service (GNOME Keyring, KWallet; also on UOS and
     * Kylin desktops) through {@code secret-tool} on Linux; none elsewhere for now.
     */
    static Keyring forThisPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("linux")) {
            return SecretToolKeyring.onPath().map(Keyring.class::cast).orElse(NONE);
        }
        return NONE;
    }
}
