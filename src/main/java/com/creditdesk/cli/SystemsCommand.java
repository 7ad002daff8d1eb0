package com.creditdesk.cli;

import com.creditdesk.logic.scoring.BuiltinIndicatorSystems;
import com.creditdesk.logic.scoring.IndicatorSystemCatalog;
import com.creditdesk.logic.scoring.ScoreCalculator;
import com.creditdesk.model.indicator.Indicator;
import com.creditdesk.model.indicator.IndicatorSystem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code systems}: every indicator system as a JSON array — the built-in ones first, then those
 * stored in the database (imported indicator tables, systems made or copied in the app).
 */
public final class SystemsCommand implements Command {

    @Override
    public String name() {
        return "systems";
    }

    @Override
    public String usage() {
        return "";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        ScoringCliSupport.onlyOptions(args, List.of(), List.of());
        ScoreCalculator calculator = new ScoreCalculator();
        List<Map<String, Object>> systems = new ArrayList<>();
        for (IndicatorSystem system : new IndicatorSystemCatalog(context.database().dsl()).all()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", system.code());
            row.put("name", system.name());
            row.put("source", system.source());
            row.put("builtin", BuiltinIndicatorSystems.find(system.code()).isPresent());
            row.put("indicators", system.indicators().size());
            // the max of an empty scenario is the sum of the indicators' maxima
            var empty = calculator.evaluate(system, Map.of());
            row.put("totalPoints", empty.max());
            row.put("bonusPoints", empty.bonusMax());
            row.put("documentedTotal", system.documentedTotal());
            List<Map<String, Object>> vetoes = new ArrayList<>();
            for (Indicator indicator : system.indicators()) {
                if (indicator.isVeto()) {
                    Map<String, Object> veto = new LinkedHashMap<>();
                    veto.put("id", indicator.id());
                    veto.put("code", indicator.code());
                    veto.put("title", indicator.title());
                    vetoes.add(veto);
                }
            }
            row.put("vetoItems", vetoes);
            systems.add(row);
        }
        ScoringCliSupport.print(context, systems);
        return CommandLineApp.OK;
    }
}
