package com.creditdesk.logic.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A laid-out page in points from the top-left corner: text lines and boxes. The PDF renderer
 * draws these; a print preview can draw the same pages with any toolkit.
 */
public final class PageLayout {

    /** One line of text; {@code baseline} is measured from the top of the page. */
    public record Text(double x, double baseline, double size, boolean bold, String text) {
    }

    /** A rectangle: stroked with a thin line, filled grey when {@code fill} is set. */
    public record Box(double x, double y, double width, double height, boolean fill) {
    }

    private final double width;
    private final double height;
    private final List<Text> texts = new ArrayList<>();
    private final List<Box> boxes = new ArrayList<>();

    PageLayout(double width, double height) {
        this.width = width;
        this.height = height;
    }

    void add(Text text) {
        texts.add(text);
    }

    void add(Box box) {
        boxes.add(box);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public List<Text> texts() {
        return List.copyOf(texts);
    }

    public List<Box> boxes() {
        return List.copyOf(boxes);
    }
}
