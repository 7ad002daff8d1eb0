package com.creditdesk.logic.importer;

/**
 * Checks that a zip (docx/xlsx) ends with its central directory where the end record says it is.
 * POI falls back to reading a damaged zip as a stream, which silently drops whatever follows the
 * break; a file cut short must be refused instead.
 */
final class ZipEnd {

    private static final int END_RECORD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    private ZipEnd() {
    }

    static boolean isComplete(byte[] zip) {
        int lowest = Math.max(0, zip.length - END_RECORD_SIZE - MAX_COMMENT);
        for (int at = zip.length - END_RECORD_SIZE; at >= lowest; at--) {
            if (zip[at] == 0x50 && zip[at + 1] == 0x4B && zip[at + 2] == 0x05 && zip[at + 3] == 0x06) {
                long directorySize = uint32(zip, at + 12);
                long directoryOffset = uint32(zip, at + 16);
                int commentLength = uint16(zip, at + 20);
                boolean zip64 = directoryOffset == 0xFFFFFFFFL;
                return at + END_RECORD_SIZE + commentLength == zip.length
                        && (zip64 || directoryOffset + directorySize == at);
            }
        }
        return false;
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long uint32(byte[] b, int at) {
        return (uint16(b, at) | (long) uint16(b, at + 2) << 16) & 0xFFFFFFFFL;
    }
}
