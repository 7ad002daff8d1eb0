package com.creditdesk.logic.importer;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.ledger.UnitKinds;
import com.creditdesk.logic.ledger.UnitRepository;
import com.creditdesk.logic.units.UnitMatch;
import com.creditdesk.logic.units.UnitMatcher;
import com.creditdesk.model.importer.SplitUnit;
import com.creditdesk.model.importer.UnitSplit;
import com.creditdesk.model.ledger.TaskUnit;
import com.creditdesk.model.ledger.Unit;
import com.creditdesk.model.ledger.UnitKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the unit names of one import against the registry (exact, alias, normalised — see
 * {@link UnitMatcher}), creating what matches nothing with the kind the splitter guessed.
 * Units created earlier in the same import are matched like registry units.
 */
final class ImportUnitResolver {

    /** unit.name is VARCHAR(200). */
    static final int MAX_UNIT_NAME_LENGTH = 200;

    private final UnitRepository units;
    private final List<Unit> registry;
    private final Map<String, String> builtInAliases = UnitMatcher.loadBuiltInAliases();
    private final Map<String, Long> resolved = new HashMap<>();
    private final Set<Long> referenced = new LinkedHashSet<>();
    private UnitMatcher matcher;
    private final Map<Long, String> createdUnits = new java.util.LinkedHashMap<>();

    ImportUnitResolver(UnitRepository units) {
        this.units = units;
        this.registry = new ArrayList<>(units.findAll());
        this.matcher = new UnitMatcher(registry, builtInAliases);
    }

    /**
     * The split's units with their roles, or none when the splitter could not split the text
     * reliably: a sentence must not become a unit (its text stays in units_text, with a warning).
     */
    List<TaskUnit> resolve(UnitSplit split) {
        List<TaskUnit> out = new ArrayList<>();
        if (split == null || split.unsplittable()) {
            return out;
        }
        for (SplitUnit entry : split.entries()) {
            out.add(new TaskUnit(idOf(entry.name(), entry.kind()), entry.name(), entry.role()));
        }
        return out;
    }

    long idOf(String name, UnitKind kindIfNew) {
        Long known = resolved.get(name);
        if (known != null) {
            referenced.add(known);
            return known;
        }
        UnitMatch match = matcher.match(name);
        long id;
        if (match.isNew()) {
            if (name.length() > MAX_UNIT_NAME_LENGTH) {
                throw new UserFacingException("error.import.unitNameTooLong", name.substring(0, 30), MAX_UNIT_NAME_LENGTH);
            }
            UnitKind kind = kindIfNew != null ? kindIfNew : UnitKinds.guess(name);
            id = units.insert(name, kind);
            createdUnits.put(id, name);
            registry.add(new Unit(id, name, kind, null, null, List.of()));
            matcher = new UnitMatcher(registry, builtInAliases);
        } else {
            id = match.unit().id();
        }
        resolved.put(name, id);
        referenced.add(id);
        return id;
    }

    int referencedCount() {
        return referenced.size();
    }

    int createdCount() {
        return createdUnits.size();
    }

    /** The units this import added to the registry, by id: each gets its audit entry. */
    Map<Long, String> createdUnits() {
        return createdUnits;
    }
}
