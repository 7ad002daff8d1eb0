package com.creditdesk.logic.db;

import com.creditdesk.logic.backup.PendingRestore;
import com.creditdesk.logic.county.CountyProfile;
import com.creditdesk.logic.county.CountySeeder;
import com.creditdesk.logic.demo.ExampleCampaign;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Opens and migrates the database (and loads the example on the first start) while the window
 * toolkit is still starting: the two take about as long as each other, so start-up overlaps them.
 */
public final class DatabaseStartup {

    private final CompletableFuture<Database> future;

    private DatabaseStartup(CompletableFuture<Database> future) {
        this.future = future;
    }

    public static DatabaseStartup begin(Path file, String actor, char[] password) {
        ExecutorService single = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setDaemon(true);
            thread.setName("credit-desk-open-database");
            return thread;
        });
        CompletableFuture<Database> future = CompletableFuture.supplyAsync(() -> open(file, actor, password), single);
        future.whenComplete((db, error) -> single.shutdown());
        return new DatabaseStartup(future);
    }

    /** Opens, migrates and seeds (installer's county profile, then the example) on the calling thread. */
    public static Database open(Path file, String actor) {
        return open(file, actor, null);
    }

    /** As {@link #open(Path, String)} for a file encrypted with {@code password} (null: plain). */
    public static Database open(Path file, String actor, char[] password) {
        PendingRestore.applyIfAny(file, actor);
        Database db = Database.openFile(file, password);
        try {
            // County first: its units and aliases catch the example's unit names; it may also skip the example.
            CountyProfile.installed().ifPresent(profile -> new CountySeeder(db.dsl(), actor).seedIfFirstStart(profile));
            new ExampleCampaign(db.dsl(), actor).loadIfFirstStart();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** Waits for the database; rethrows the original failure (e.g. a locked file). */
    public Database await() {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
