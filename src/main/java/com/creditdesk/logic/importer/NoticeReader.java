package com.creditdesk.logic.importer;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.model.importer.SourceDocument;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a notice file of any supported format into a {@link SourceDocument}. Every failure —
 * missing, too large, damaged, encrypted, of another format than its extension says, a WPS
 * file — becomes a {@link UserFacingException} naming the file; no other exception escapes.
 */
public final class NoticeReader {

    private static final Set<String> WPS_FORMATS = Set.of("wps", "et", "dps");
    private static final long BYTES_PER_MB = 1024L * 1024;

    private final long maxFileBytes;

    public NoticeReader(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    public SourceDocument read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String extension = extensionOf(name);
        if (WPS_FORMATS.contains(extension)) {
            throw new UserFacingException("error.import.wpsFormat", name, extension);
        }
        byte[] bytes = load(file, name);
        try {
            return parse(file, name, extension, bytes);
        } catch (UserFacingException e) {
            throw e;
        } catch (Exception e) {
            // POI reports damaged input with many unchecked exception types; the user needs one sentence.
            throw new UserFacingException(e, "error.import.corrupt", name, "." + extension);
        }
    }

    private byte[] load(Path file, String name) {
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw new UserFacingException("error.import.tooLarge", name,
                        (size + BYTES_PER_MB - 1) / BYTES_PER_MB, maxFileBytes / BYTES_PER_MB);
            }
            if (size == 0) {
                throw new UserFacingException("error.import.empty", name);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "error.import.notFound", file);
        } catch (IOException e) {
            throw new UserFacingException(e, "error.import.readFailed", name, e.getMessage());
        }
    }

    private SourceDocument parse(Path file, String name, String extension, byte[] bytes) throws Exception {
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2 && isEncrypted(bytes)) {
            throw new UserFacingException("error.import.encrypted", name);
        }
        switch (extension) {
            case "docx", "docm" -> {
                expect(magic, FileMagic.OOXML, name, extension, bytes);
                return readPackage(file, opc -> new DocxReader().read(name, new XWPFDocument(opc)));
            }
            case "xlsx", "xlsm" -> {
                expect(magic, FileMagic.OOXML, name, extension, bytes);
                return readPackage(file, opc -> new SpreadsheetReader().read(name, new XSSFWorkbook(opc)));
            }
            case "xls" -> {
                expect(magic, FileMagic.OLE2, name, extension, bytes);
                try (HSSFWorkbook workbook = new HSSFWorkbook(stream(bytes))) {
                    return new SpreadsheetReader().read(name, workbook);
                }
            }
            case "doc" -> {
                expect(magic, FileMagic.OLE2, name, extension, bytes);
                try {
                    return new DocReader().read(name, stream(bytes));
                } catch (IOException | RuntimeException e) {
                    throw new UserFacingException(e, "error.import.docUnreadable", name);
                }
            }
            case "txt", "tsv" -> {
                if (magic != FileMagic.UNKNOWN) {
                    throw new UserFacingException("error.import.corrupt", name, "." + extension);
                }
                return new TextTableReader().read(name, bytes);
            }
            default -> throw new UserFacingException("error.import.unsupported", name, extension);
        }
    }

    /**
     * Through the zip's central directory, not a stream: a file cut short is then refused instead
     * of read up to where it breaks. Read-only, so closing is a revert and never writes the file.
     */
    private static SourceDocument readPackage(Path file, PackageReader reader) throws Exception {
        OPCPackage opc = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            return reader.read(opc);
        } finally {
            opc.revert();
        }
    }

    private interface PackageReader {
        SourceDocument read(OPCPackage opc) throws Exception;
    }

    private static void expect(FileMagic actual, FileMagic expected, String name, String extension, byte[] bytes) {
        if (actual != expected || expected == FileMagic.OOXML && !ZipEnd.isComplete(bytes)) {
            throw new UserFacingException("error.import.corrupt", name, "." + extension);
        }
    }

    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(stream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException damaged) {
            // Only a probe: a damaged OLE2 file is reported by the real reader that follows.
            return false;
        }
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
