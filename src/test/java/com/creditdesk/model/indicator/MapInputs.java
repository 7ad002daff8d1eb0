package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Test inputs straight from a map (range checks are ScenarioInputs' job, tested separately). */
record MapInputs(Map<String, Object> values) implements RuleInputs {

    static MapInputs of(Object... keyValues) {
        java.util.Map<String, Object> map = new java.util.HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new MapInputs(map);
    }

    private Object get(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw new MissingInputException(key);
        }
        return value;
    }

    @Override
    public BigDecimal number(String key) {
        return new BigDecimal(get(key).toString());
    }

    @Override
    public boolean yes(String key) {
        return (Boolean) get(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<BigDecimal> monthly(String key) {
        Object value = get(key);
        return value instanceof List<?> list ? list.stream().map(v -> new BigDecimal(v.toString())).toList() : null;
    }

    @Override
    public String choice(String key) {
        return get(key).toString();
    }
}
