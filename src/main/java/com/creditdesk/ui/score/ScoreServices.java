package com.creditdesk.ui.score;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.scoring.IndicatorSystemCatalog;
import com.creditdesk.logic.scoring.IndicatorSystemService;
import com.creditdesk.logic.scoring.RiskService;
import com.creditdesk.logic.scoring.ScenarioService;
import com.creditdesk.logic.user.AccessScope;
import com.creditdesk.model.indicator.IndicatorSystem;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** What the 评分模拟 screen works with: scenarios, all indicator systems, their editor, the risks. */
public record ScoreServices(ScenarioService scenarios, Supplier<List<IndicatorSystem>> systems,
                            IndicatorSystemCatalog catalog, IndicatorSystemService editor, RiskService risks,
                            Supplier<LocalDate> today) {

    public static ScoreServices of(DSLContext dsl, String actor, Messages messages, Supplier<LocalDate> today) {
        return of(dsl, AccessScope.owner(actor), messages, today);
    }

    /** Within a logged-in user's scope: a read-only user's changes are refused. */
    public static ScoreServices of(DSLContext dsl, AccessScope scope, Messages messages, Supplier<LocalDate> today) {
        IndicatorSystemCatalog catalog = new IndicatorSystemCatalog(dsl);
        return new ScoreServices(new ScenarioService(dsl, scope, messages), catalog::all, catalog,
                new IndicatorSystemService(dsl, scope, messages), new RiskService(dsl, scope), today);
    }
}
