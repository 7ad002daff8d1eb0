package com.creditdesk.logic.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The print setup every report shares, checked the same way for each. */
final class PrintChecks {

    private PrintChecks() {
    }

    /** A4, fit to the page width, header row {@code headerRow} repeated and frozen, numbered footer. */
    static void workbook(XSSFSheet sheet, int headerRow, boolean landscape) {
        assertEquals(headerRow, sheet.getRepeatingRows().getFirstRow());
        assertEquals(headerRow, sheet.getRepeatingRows().getLastRow());
        assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
        assertEquals(landscape, sheet.getPrintSetup().getLandscape());
        assertTrue(sheet.getFitToPage());
        assertEquals(1, sheet.getPrintSetup().getFitWidth());
        assertEquals("第 &P 页 共 &N 页", sheet.getFooter().getCenter());
        assertNotNull(sheet.getPaneInformation());
    }

    /** Landscape A4, the first table's header row repeating, PAGE and NUMPAGES in the footer. */
    static void landscapeDocument(XWPFDocument doc) {
        assertTrue(doc.getTables().get(0).getRow(0).isRepeatHeader());
        assertTrue(doc.getTables().get(0).getRow(0).getCtRow().xmlText().contains("tblHeader"));
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        assertEquals(STPageOrientation.LANDSCAPE, sect.getPgSz().getOrient());
        assertEquals(16838, ((Number) sect.getPgSz().getW()).intValue());
        String footer = doc.getFooterArray(0).getParagraphs().get(0).getCTP().xmlText();
        assertTrue(footer.contains("PAGE") && footer.contains("NUMPAGES"), footer);
    }

    /**
     * Every page landscape with only embedded fonts, the column header {@code header} on every page
     * (the last may hold only the lines under the table) and "第 X 页 共 Y 页". Returns the page count.
     */
    static int landscapePdf(PDDocument pdf, String header, boolean lastPageMayLackHeader) throws IOException {
        int pages = pdf.getNumberOfPages();
        for (PDPage page : pdf.getPages()) {
            assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), "landscape A4");
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
            }
        }
        for (int p = 1; p <= pages; p++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            String text = stripper.getText(pdf);
            assertTrue(text.contains(header) || (lastPageMayLackHeader && p == pages), "header on page " + p);
            assertTrue(text.contains("第 " + p + " 页 共 " + pages + " 页"), "page number on page " + p);
        }
        return pages;
    }
}
