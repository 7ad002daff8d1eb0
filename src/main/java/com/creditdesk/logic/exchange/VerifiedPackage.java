package com.creditdesk.logic.exchange;

import com.creditdesk.model.exchange.PackageLedger;
import com.creditdesk.model.exchange.PackageManifest;

import java.nio.file.Path;

/** A 报送包 whose every part matched its manifest (and its signature, when it has one). */
public record VerifiedPackage(Path file, String sha256, PackageManifest manifest, PackageLedger ledger, boolean signed) {

    public String fileName() {
        return file.getFileName().toString();
    }
}
