package com.creditdesk.safety;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.evidence.EvidenceService;
import com.creditdesk.logic.evidence.EvidenceSettings;
import com.creditdesk.model.evidence.Delivery;

import java.nio.file.Path;
import java.util.List;

/**
 * Child JVM of {@link EvidenceCopyCrashTest}: attaches a large file to a requirement, printing
 * "copying" once the copy is under way (so the parent can kill it midway) and "attached" at the end.
 */
public final class SlowAttacher {

    private SlowAttacher() {
    }

    public static void main(String[] args) {
        Path dbFile = Path.of(args[0]);
        long requirementId = Long.parseLong(args[1]);
        Path file = Path.of(args[2]);
        try (Database db = Database.openFile(dbFile)) {
            EvidenceService service = new EvidenceService(db.dsl(), "child", EvidenceSettings.store(db.dsl(), dbFile, null));
            boolean[] told = {false};
            long unitId = service.requirement(requirementId).orElseThrow().units().get(0).id();
            service.attach(requirementId, unitId, List.of(file), Delivery.none(), (copied, total) -> {
                if (!told[0] && copied > total / 4) {
                    told[0] = true;
                    System.out.println("copying");
                    System.out.flush();
                }
            });
            System.out.println("attached");
        }
    }
}
