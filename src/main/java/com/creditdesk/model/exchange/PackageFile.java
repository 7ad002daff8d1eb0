package com.creditdesk.model.exchange;

/** An evidence file carried in a 报送包 (entry {@code files/<sha256>}), as stored_file describes it. */
public record PackageFile(String sha256, long size, String mediaType, String originalName) {
}
