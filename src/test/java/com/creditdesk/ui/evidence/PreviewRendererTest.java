package com.creditdesk.ui.evidence;

import com.creditdesk.logic.UserFacingException;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Previews: images as they are, a PDF's first page through PDFBox, pixels copied without javafx-swing. */
class PreviewRendererTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Another test class started the toolkit in this JVM: images can be built already.
            assertTrue(alreadyRunning.getMessage().contains("already"));
        }
    }

    @Test
    void aPdfsFirstPageIsRenderedInItsColours() throws Exception {
        Path pdf = dir.resolve("扫描件.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage first = new PDPage(PDRectangle.A4);
            doc.addPage(first);
            doc.addPage(new PDPage(PDRectangle.A4));
            try (PDPageContentStream content = new PDPageContentStream(doc, first)) {
                content.setNonStrokingColor(1f, 0f, 0f);
                content.addRect(0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight() / 2);
                content.fill();
            }
            doc.save(pdf.toFile());
        }
        Image image = PreviewRenderer.render(pdf, "扫描件.pdf").orElseThrow();
        assertEquals(PreviewRenderer.MAX_SIDE, Math.max(image.getWidth(), image.getHeight()), 1.0);
        assertEquals(PDRectangle.A4.getWidth() / PDRectangle.A4.getHeight(), image.getWidth() / image.getHeight(), 0.01);
        Color bottom = image.getPixelReader().getColor((int) image.getWidth() / 2, (int) image.getHeight() - 5);
        Color top = image.getPixelReader().getColor((int) image.getWidth() / 2, 5);
        assertEquals(Color.RED, bottom, "PDF y grows upwards: the red half is at the bottom");
        assertEquals(Color.WHITE, top);
    }

    @Test
    void imagesAreShownScaledDown() throws Exception {
        BufferedImage picture = new BufferedImage(2400, 600, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(0, 0, 0x00ff00);
        Path png = dir.resolve("系统截图.PNG");
        ImageIO.write(picture, "png", png.toFile());
        Image image = PreviewRenderer.render(png, "系统截图.PNG").orElseThrow();
        assertEquals(1200, image.getWidth(), 1.0);
        assertEquals(300, image.getHeight(), 1.0);

        Path tiff = dir.resolve("scan.tif");
        ImageIO.write(picture, "tiff", tiff.toFile());
        Image fromTiff = PreviewRenderer.render(tiff, "scan.tif").orElseThrow();
        assertEquals(1200, fromTiff.getWidth(), 1.0);
    }

    @Test
    void officeFilesHaveNoPreviewAndDamagedOnesAreExplained() throws Exception {
        assertFalse(PreviewRenderer.canPreview("情况说明.docx"));
        assertEquals(Optional.empty(), PreviewRenderer.render(Files.writeString(dir.resolve("a.docx"), "x"), "a.docx"));
        Path broken = Files.writeString(dir.resolve("坏.pdf"), "%PDF-1.4 not really");
        UserFacingException e = assertThrows(UserFacingException.class, () -> PreviewRenderer.render(broken, "坏.pdf"));
        assertEquals("evidence.ui.preview.unreadable", e.key());
        Path brokenPng = Files.writeString(dir.resolve("坏.png"), "not a png");
        assertEquals("evidence.ui.preview.unreadable",
                assertThrows(UserFacingException.class, () -> PreviewRenderer.render(brokenPng, "坏.png")).key());
    }
}
