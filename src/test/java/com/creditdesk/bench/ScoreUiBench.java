package com.creditdesk.bench;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.scoring.ScoreCalculator;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.testutil.TestDatabases;
import com.creditdesk.ui.score.InputField;
import com.creditdesk.ui.score.ScoreView;
import com.creditdesk.ui.score.ScoreServices;
import com.creditdesk.ui.score.ScoreViewModel;
import com.creditdesk.ui.util.CurrentThreadTaskExecutor;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * 评分模拟 with the generated 150-indicator system: one input change → recompute → view-model
 * update (median of 200), then the same with the screen shown under Monocle, adding CSS + layout
 * (what the next pulse does) and a full render (snapshot) of the window.
 */
@Tag("benchmark")
class ScoreUiBench {

    private static final int RUNS = 200;
    private static final int WARMUP = 300;

    @Test
    void inputChangeToUpdatedScreen() throws Exception {
        Map<String, Object> complete = new HashMap<>();
        IndicatorSystem system = ScoreBench.generated(complete);
        try (Database db = TestDatabases.fresh()) {
            ScoreViewModel vm = new ScoreViewModel(ScoreServices.of(db.dsl(), "bench", Messages.of(Messages.CHINESE), LocalDate::now),
                    new CurrentThreadTaskExecutor(e -> fail(e)), Messages.of(Messages.CHINESE),
                    new SimpleObjectProperty<Campaign>());
            vm.setSystems(java.util.List.of(system));
            complete.forEach((key, value) -> vm.field(key).valueProperty().set(value instanceof Number n && !(value instanceof BigDecimal)
                    ? new BigDecimal(n.toString()) : value));
            assertEquals(150, vm.rows().size());
            assertTrue(vm.resultProperty().get().complete());
            InputField field = vm.field("in0");   // LINEAR 1 point each, capped at 40
            long[] model = time(WARMUP, RUNS, i -> field.valueProperty().set(BigDecimal.valueOf(10 + i % 20)));
            assertEquals(new ScoreCalculator().evaluate(system, vm.values()).indicators().get(0).score(),
                    vm.rows().get(0).scoreProperty().get().score(), "the row shows the recomputed score");
            report("input change → recompute → view model", model);

            FxToolkit.registerPrimaryStage();
            AtomicReference<Scene> scene = new AtomicReference<>();
            FxToolkit.setupStage(stage -> {
                StackPane root = new StackPane(new ScoreView(vm, Messages.of(Messages.CHINESE)));
                scene.set(new Scene(root, 1200, 760));
                stage.setScene(scene.get());
                stage.show();
            });
            long[][] ui = new long[5][];
            onFx(() -> {
                ui[2] = time(20, RUNS, i -> field.valueProperty().set(BigDecimal.valueOf(10 + i % 20)));
                ui[3] = time(20, RUNS, i -> {
                    field.valueProperty().set(BigDecimal.valueOf(10 + i % 20));
                    scene.get().getRoot().applyCss();
                });
            });
            onFx(() -> {
                ui[0] = time(20, RUNS, i -> {
                    field.valueProperty().set(BigDecimal.valueOf(10 + i % 20));
                    scene.get().getRoot().applyCss();
                    scene.get().getRoot().layout();
                });
            });
            onFx(() -> {
                ui[1] = time(3, 20, i -> {
                    field.valueProperty().set(BigDecimal.valueOf(10 + i % 20));
                    scene.get().snapshot(null);
                });
            });
            report("(shown) input change → view model and bound nodes", ui[2]);
            report("(shown) input change → + CSS", ui[3]);
            report("input change → view model + CSS + layout of the shown screen", ui[0]);
            report("input change → full frame rendered (snapshot, software pipeline)", ui[1]);
            FxToolkit.hideStage();
        }
    }

    /** Runs on the FX thread and waits: a render of the 150-indicator screen can take a while. */
    private static void onFx(Runnable work) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        assertTrue(done.await(10, TimeUnit.MINUTES), "FX work finished");
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }

    private interface Step {
        void run(int i);
    }

    private static long[] time(int warmup, int runs, Step step) {
        for (int i = 0; i < warmup; i++) {
            step.run(i);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            step.run(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String what, long[] nanos) {
        System.out.printf("ScoreUiBench: %s: median %.3f ms (p90 %.3f ms) over %d runs%n", what,
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 9 / 10] / 1e6, nanos.length);
    }
}
