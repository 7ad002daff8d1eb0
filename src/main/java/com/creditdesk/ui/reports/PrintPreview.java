package com.creditdesk.ui.reports;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.report.PageLayout;
import com.creditdesk.ui.util.FontSupport;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/**
 * Print preview and printing: the same A4 pages as the PDF (header row repeated, page numbers),
 * drawn as JavaFX nodes with the bundled font the layout was measured with, one page at a time,
 * then sent page by page to the printer chosen in the system dialog.
 */
public final class PrintPreview {

    private static final double PREVIEW_SCALE = 0.9;

    private final Messages messages;
    private final List<PageLayout> pages;
    private final String family;
    private PrinterJob job;

    public PrintPreview(Messages messages, List<PageLayout> pages) {
        this.messages = messages;
        this.pages = List.copyOf(pages);
        this.family = FontSupport.bundledFamily();
    }

    public void show(Window owner, String title) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Pagination pagination = new Pagination(Math.max(1, pages.size()), 0);
        pagination.setId("printPreviewPages");
        pagination.setPageFactory(i -> {
            Node page = pageNode(pages.get(i));
            page.getTransforms().add(new Scale(PREVIEW_SCALE, PREVIEW_SCALE));
            StackPane holder = new StackPane(new Group(page));
            holder.setPadding(new Insets(12));
            return holder;
        });
        Label status = new Label();
        status.setId("printStatus");
        Button setup = new Button(messages.get("reports.pageSetup"));
        setup.setOnAction(e -> {
            if (ensureJob(status)) {
                job.showPageSetupDialog(stage);
            }
        });
        Button print = new Button(messages.get("reports.print"));
        print.setId("printButton");
        print.setDefaultButton(true);
        print.setOnAction(e -> print(stage, status));
        HBox bar = new HBox(8, setup, print, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        BorderPane root = new BorderPane(pagination, bar, null, null, null);
        boolean landscape = !pages.isEmpty() && pages.get(0).width() > pages.get(0).height();
        stage.setScene(new Scene(root, landscape ? 900 : 700, landscape ? 700 : 900));
        stage.show();
    }

    /** A page as nodes, 1 unit = 1 pt, white paper with a shadow. */
    public Node pageNode(PageLayout page) {
        Pane pane = new Pane();
        Rectangle paper = new Rectangle(page.width(), page.height(), Color.WHITE);
        paper.setEffect(new DropShadow(6, Color.gray(0.4)));
        pane.getChildren().add(paper);
        for (PageLayout.Box box : page.boxes()) {
            Rectangle r = new Rectangle(box.x(), box.y(), box.width(), box.height());
            r.setFill(box.fill() ? Color.gray(0.9) : Color.TRANSPARENT);
            r.setStroke(Color.BLACK);
            r.setStrokeWidth(0.6);
            pane.getChildren().add(r);
        }
        for (PageLayout.Text t : page.texts()) {
            Text text = new Text(t.x(), t.baseline(), t.text());
            text.setFont(Font.font(family, t.bold() ? FontWeight.BOLD : FontWeight.NORMAL, t.size()));
            pane.getChildren().add(text);
        }
        return pane;
    }

    private boolean ensureJob(Label status) {
        if (job == null) {
            job = PrinterJob.createPrinterJob();
            if (job == null) {
                status.setText(messages.get("reports.noPrinter"));
                return false;
            }
            boolean landscape = !pages.isEmpty() && pages.get(0).width() > pages.get(0).height();
            Printer printer = job.getPrinter();
            job.getJobSettings().setPageLayout(printer.createPageLayout(Paper.A4,
                    landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM));
        }
        return true;
    }

    private void print(Stage stage, Label status) {
        if (!ensureJob(status) || !job.showPrintDialog(stage)) {
            return;
        }
        javafx.print.PageLayout paper = job.getJobSettings().getPageLayout();
        status.setText(messages.get("reports.printing"));
        for (PageLayout page : pages) {
            Node node = pageNode(page);
            double scale = Math.min(paper.getPrintableWidth() / page.width(), paper.getPrintableHeight() / page.height());
            node.getTransforms().add(new Scale(scale, scale));
            if (!job.printPage(node)) {
                status.setText(messages.get("reports.printFailed"));
                job.cancelJob();
                job = null;
                return;
            }
        }
        boolean done = job.endJob();
        job = null;
        status.setText(done ? messages.get("reports.printed", pages.size()) : messages.get("reports.printFailed"));
    }
}
