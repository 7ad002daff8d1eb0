package com.creditdesk.ui.evidence;

import com.creditdesk.logic.UserFacingException;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a delivered file into a picture for the preview pane: images as they are (scaled down),
 * the first page of a PDF rendered with PDFBox. Runs in a background task; the JavaFX image it
 * returns may be built off the FX thread. Without javafx-swing, AWT pixels are copied by hand.
 */
final class PreviewRenderer {

    /** The longest side of a preview, in pixels: enough for the side pane, small for memory. */
    static final int MAX_SIDE = 1200;

    private PreviewRenderer() {
    }

    /** Whether a file of this name can be previewed at all (otherwise only 打开 is offered). */
    static boolean canPreview(String fileName) {
        return kind(fileName) != Kind.NONE;
    }

    /** A preview of {@code file} (plain content) named {@code fileName}; empty when the type has none. */
    static Optional<Image> render(Path file, String fileName) {
        try {
            return switch (kind(fileName)) {
                case FX_IMAGE -> Optional.of(fxImage(file, fileName));
                case AWT_IMAGE -> Optional.of(awtImage(file, fileName));
                case PDF -> Optional.of(firstPdfPage(file));
                case NONE -> Optional.empty();
            };
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFacingException userFacing) {
                throw userFacing;
            }
            throw new UserFacingException(e, "evidence.ui.preview.unreadable", fileName);
        }
    }

    private enum Kind { FX_IMAGE, AWT_IMAGE, PDF, NONE }

    private static Kind kind(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return Kind.PDF;
        }
        if (name.matches(".*\\.(png|jpe?g|gif|bmp)$")) {
            return Kind.FX_IMAGE;
        }
        if (name.matches(".*\\.tiff?$")) {
            return Kind.AWT_IMAGE;
        }
        return Kind.NONE;
    }

    private static Image fxImage(Path file, String fileName) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Image image = new Image(in, MAX_SIDE, MAX_SIDE, true, true);
            if (image.isError() || image.getWidth() <= 0) {
                throw new UserFacingException(image.getException(), "evidence.ui.preview.unreadable", fileName);
            }
            return image;
        }
    }

    private static Image awtImage(Path file, String fileName) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new UserFacingException("evidence.ui.preview.unreadable", fileName);
        }
        return toFx(image);
    }

    private static Image firstPdfPage(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            if (document.getNumberOfPages() == 0) {
                throw new IOException("no pages");
            }
            PDRectangle box = document.getPage(0).getCropBox();
            float longest = Math.max(box.getWidth(), box.getHeight());
            float scale = Math.min(2f, MAX_SIDE / Math.max(1f, longest));
            return toFx(new PDFRenderer(document).renderImage(0, scale));
        }
    }

    /** Copies AWT pixels into a JavaFX image (what SwingFXUtils would do), scaled to at most {@link #MAX_SIDE}. */
    static WritableImage toFx(BufferedImage source) {
        BufferedImage image = source;
        int longest = Math.max(image.getWidth(), image.getHeight());
        if (longest > MAX_SIDE) {
            double factor = (double) MAX_SIDE / longest;
            int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
            int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
            BufferedImage scaled = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D g = scaled.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, w, h, null);
            g.dispose();
            image = scaled;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        WritableImage result = new WritableImage(width, height);
        result.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return result;
    }
}
