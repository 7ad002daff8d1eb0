package com.creditdesk.logic.scoring;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.model.indicator.DerivedInput;
import com.creditdesk.model.indicator.Indicator;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.NotApplicable;
import com.creditdesk.model.indicator.SubRule;

import java.util.HashSet;
import java.util.Set;

/** Checks a system's cross-references: unique indicator ids, defined inputs, existing move targets. */
public final class IndicatorSystemValidator {

    private IndicatorSystemValidator() {
    }

    public static void check(IndicatorSystem system) {
        Set<String> ids = new HashSet<>();
        for (Indicator indicator : system.indicators()) {
            if (!ids.add(indicator.id())) {
                throw new UserFacingException("scoring.system.duplicateId", system.code(), indicator.id());
            }
        }
        for (Indicator indicator : system.indicators()) {
            for (SubRule sub : indicator.rules()) {
                for (String key : sub.rule().inputKeys()) {
                    requireInput(system, indicator.id(), key);
                }
                if (sub.rule() instanceof NotApplicable rule && !ids.contains(rule.moveTo())) {
                    throw new UserFacingException("scoring.system.unknownIndicator", system.code(), rule.moveTo());
                }
            }
        }
        for (DerivedInput derived : system.derived()) {
            requireInput(system, derived.key(), derived.key());
            requireInput(system, derived.key(), derived.numerator());
            requireInput(system, derived.key(), derived.denominator());
        }
    }

    private static void requireInput(IndicatorSystem system, String where, String key) {
        if (system.input(key).isEmpty()) {
            throw new UserFacingException("scoring.system.unknownInput", system.code(), where, key);
        }
    }
}
