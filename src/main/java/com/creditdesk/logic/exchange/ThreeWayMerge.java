package com.creditdesk.logic.exchange;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Compares a row field by field: {@code base} is what the county sent last time, {@code city}
 * the row as it is now, {@code county} the new package. A field the county changed is taken
 * when the city left it alone; a field both changed (to different values) is a conflict and the
 * city's value stays until the coordinator decides.
 */
record ThreeWayMerge(Map<String, String> take, Map<String, Conflict> conflicts) {

    /** The two sides of a conflicting field. */
    record Conflict(String cityValue, String countyValue) {
    }

    static ThreeWayMerge of(Map<String, String> base, Map<String, String> city, Map<String, String> county) {
        Map<String, String> take = new LinkedHashMap<>();
        Map<String, Conflict> conflicts = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : county.entrySet()) {
            String key = field.getKey();
            String countyValue = field.getValue();
            String cityValue = city.get(key);
            // No base (a row received before this field existed): the county's value counts as new.
            String baseValue = base == null || !base.containsKey(key) ? cityValue : base.get(key);
            if (Objects.equals(countyValue, baseValue) || Objects.equals(countyValue, cityValue)) {
                continue;
            }
            if (Objects.equals(cityValue, baseValue)) {
                take.put(key, countyValue);
            } else {
                conflicts.put(key, new Conflict(cityValue, countyValue));
            }
        }
        return new ThreeWayMerge(take, conflicts);
    }

    boolean unchanged() {
        return take.isEmpty() && conflicts.isEmpty();
    }
}
