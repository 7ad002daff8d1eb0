package com.creditdesk.logic.scoring;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.indicator.ChoiceOption;
import com.creditdesk.model.indicator.Comparison;
import com.creditdesk.model.indicator.ProposedRule;
import com.creditdesk.model.indicator.RuleInputException;
import com.creditdesk.model.indicator.ScoringRule;
import com.creditdesk.model.indicator.Tier;
import com.creditdesk.model.indicator.Unconfirmed;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A typed rule as a form of editable fields, and back: the kind, then each parameter as text
 * (numbers, 是/否, a comparison, tier lines, option lines). Building checks every field and the
 * rule's own constraints, and names the faulty parameter in a Chinese sentence.
 */
public final class RuleForm {

    /** Fields that name inputs, not parameters: the service binds them to the system's inputs. */
    private static final Set<String> INPUT_FIELDS = Set.of("kind", "input", "inputs", "reference");
    private static final Map<String, Class<?>> KINDS = new LinkedHashMap<>();

    static {
        for (JsonSubTypes.Type type : ScoringRule.class.getAnnotation(JsonSubTypes.class).value()) {
            KINDS.put(type.name(), type.value());
        }
    }

    private final Messages messages;
    private final IndicatorJson json = new IndicatorJson();

    public RuleForm(Messages messages) {
        this.messages = messages;
    }

    /** Every rule kind, "UNCONFIRMED" (待确认: text kept, no typed rule) included. */
    public static List<String> kinds() {
        return List.copyOf(KINDS.keySet());
    }

    public static String kindOf(ScoringRule rule) {
        return rule == null ? new Unconfirmed().kindName() : rule.kindName();
    }

    /** The parameters of a kind, in the order of its record. */
    public static List<RuleParameter> parameters(String kind) {
        Class<?> type = KINDS.get(kind);
        List<RuleParameter> parameters = new ArrayList<>();
        if (type == null || !type.isRecord()) {
            return parameters;
        }
        for (var component : type.getRecordComponents()) {
            RuleParameter parameter = RuleParameter.ofJson(component.getName());
            if (parameter != null && !INPUT_FIELDS.contains(component.getName())) {
                parameters.add(parameter);
            }
        }
        return parameters;
    }

    /** The rule's parameters as the form shows them (absent ones empty). */
    public Map<RuleParameter, String> texts(ScoringRule rule) {
        Map<RuleParameter, String> texts = new EnumMap<>(RuleParameter.class);
        if (rule == null) {
            return texts;
        }
        ObjectNode tree = json.ruleToTree(rule);
        ObjectMapper mapper = json.mapper();
        for (RuleParameter parameter : parameters(rule.kindName())) {
            JsonNode value = tree.get(parameter.jsonName());
            if (value == null || value.isNull()) {
                texts.put(parameter, "");
            } else if (parameter.type() == RuleParameter.Type.TIER_LINES) {
                texts.put(parameter, TierText.format(List.of(mapper.convertValue(value, Tier[].class))));
            } else if (parameter.type() == RuleParameter.Type.OPTION_LINES) {
                texts.put(parameter, TierText.formatOptions(List.of(mapper.convertValue(value, ChoiceOption[].class))));
            } else if (value.isNumber()) {
                texts.put(parameter, value.decimalValue().stripTrailingZeros().toPlainString());
            } else {
                texts.put(parameter, value.asText());
            }
        }
        return texts;
    }

    /**
     * Builds the rule of {@code kind} from the form's texts. Inputs are taken from {@code original}
     * when it has the same kind (so editing keeps the inputs), else the placeholder "x".
     * Returns null for "UNCONFIRMED".
     */
    public ScoringRule build(String kind, Map<RuleParameter, String> texts, ScoringRule original) {
        if (!KINDS.containsKey(kind)) {
            throw new UserFacingException("rule.form.kind", kind);
        }
        if (KINDS.get(kind) == Unconfirmed.class) {
            return null;
        }
        ObjectNode tree = json.mapper().createObjectNode();
        tree.put("kind", kind);
        if (original != null && original.kindName().equals(kind)) {
            json.ruleToTree(original).fields().forEachRemaining(field -> {
                if (INPUT_FIELDS.contains(field.getKey())) {
                    tree.set(field.getKey(), field.getValue());
                }
            });
        } else {
            boolean many = hasComponent(kind, "inputs");
            if (many) {
                tree.putArray("inputs").add(ProposedRule.PLACEHOLDER_INPUT);
            } else {
                tree.put("input", ProposedRule.PLACEHOLDER_INPUT);
            }
        }
        for (RuleParameter parameter : parameters(kind)) {
            String text = texts.getOrDefault(parameter, "");
            if (text != null && !text.isBlank()) {
                tree.set(parameter.jsonName(), value(parameter, text.strip()));
            }
        }
        try {
            return json.ruleFromTree(tree);
        } catch (RuleInputException e) {
            String name = e.args().length > 0 ? String.valueOf(e.args()[0]) : "";
            RuleParameter parameter = RuleParameter.ofJson(name.split("[/ ]")[0]);
            throw new UserFacingException(e, "rule.form.invalid", parameter == null ? name : label(parameter));
        }
    }

    private static boolean hasComponent(String kind, String name) {
        for (var component : KINDS.get(kind).getRecordComponents()) {
            if (component.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    public String label(RuleParameter parameter) {
        return messages.get("rule.param." + parameter.name());
    }

    private JsonNode value(RuleParameter parameter, String text) {
        ObjectMapper mapper = json.mapper();
        return switch (parameter.type()) {
            case NUMBER -> mapper.getNodeFactory().numberNode(number(parameter, text));
            case WHOLE -> {
                BigDecimal number = number(parameter, text);
                if (number.stripTrailingZeros().scale() > 0) {
                    throw new UserFacingException("rule.form.notWhole", label(parameter), text);
                }
                yield mapper.getNodeFactory().numberNode(number.intValueExact());
            }
            case YES_NO -> mapper.getNodeFactory().booleanNode(yes(parameter, text));
            case COMPARISON -> mapper.getNodeFactory().textNode(comparison(parameter, text).name());
            case TIER_LINES -> mapper.valueToTree(TierText.parseTiers(text));
            case OPTION_LINES -> mapper.valueToTree(TierText.parseOptions(text));
            case TEXT -> mapper.getNodeFactory().textNode(text);
        };
    }

    private BigDecimal number(RuleParameter parameter, String text) {
        try {
            return new BigDecimal(text.replace("分", "").replace("%", "").strip());
        } catch (NumberFormatException e) {
            throw new UserFacingException("rule.form.notNumber", label(parameter), text);
        }
    }

    private boolean yes(RuleParameter parameter, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "是", "yes" -> true;
            case "false", "否", "no" -> false;
            default -> throw new UserFacingException("rule.form.notYesNo", label(parameter), text);
        };
    }

    private Comparison comparison(RuleParameter parameter, String text) {
        try {
            return Comparison.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("rule.form.notComparison", label(parameter), text);
        }
    }
}
