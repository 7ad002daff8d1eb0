package com.creditdesk.model.exchange;

import java.util.List;

/**
 * The {@code manifest.json} of a 报送包: which county, when, which app version, and the SHA-256
 * of every other part. The optional {@code manifest.hmac} part signs these exact bytes.
 */
public record PackageManifest(String format, String countyCode, String countyName, String createdAt,
                              String appVersion, List<Part> parts) {

    public static final String FORMAT = "credit-desk-package-1";

    public PackageManifest {
        parts = List.copyOf(parts);
    }

    /** One part of the archive. */
    public record Part(String name, long size, String sha256) {
    }
}
