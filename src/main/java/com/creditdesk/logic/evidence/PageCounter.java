package com.creditdesk.logic.evidence;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ooxml.POIXMLProperties;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Page counts for the binder's index where the file says so: a PDF's page tree, a .docx's
 * docProps/app.xml (as last saved by Word or WPS). Null when unknown: a damaged file is the
 * integrity check's business, not the index's.
 */
final class PageCounter {

    private PageCounter() {
    }

    static Integer pages(Path file, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".pdf")) {
                try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
                    return pdf.getNumberOfPages();
                }
            }
            if (lower.endsWith(".docx")) {
                try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                    int pages = new POIXMLProperties(pkg).getExtendedProperties().getPages();
                    return pages > 0 ? pages : null;
                }
            }
        } catch (IOException | org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.apache.xmlbeans.XmlException | RuntimeException e) {
            return null; // unknown page count: the index leaves the cell empty
        }
        return null;
    }
}
