package com.creditdesk.model.indicator;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.math.BigDecimal;
import java.util.List;

/**
 * A typed 评分标准. Each record validates its parameters when built (bad parameters throw
 * {@link RuleInputException}) and its inputs when evaluated. JSON form (for rule_json):
 * {@code {"kind":"LINEAR","input":"…",…}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = LinearCapped.class, name = "LINEAR"),
        @JsonSubTypes.Type(value = Tiers.class, name = "TIERS"),
        @JsonSubTypes.Type(value = DeductionFromFull.class, name = "DEDUCTION"),
        @JsonSubTypes.Type(value = PerItem.class, name = "PER_ITEM"),
        @JsonSubTypes.Type(value = Penalty.class, name = "PENALTY"),
        @JsonSubTypes.Type(value = Interpolation.class, name = "INTERPOLATION"),
        @JsonSubTypes.Type(value = YesNo.class, name = "YES_NO"),
        @JsonSubTypes.Type(value = AnyYes.class, name = "ANY_YES"),
        @JsonSubTypes.Type(value = Choice.class, name = "CHOICE"),
        @JsonSubTypes.Type(value = Discretionary.class, name = "DISCRETIONARY"),
        @JsonSubTypes.Type(value = Veto.class, name = "VETO"),
        @JsonSubTypes.Type(value = MonthlyAccrual.class, name = "MONTHLY"),
        @JsonSubTypes.Type(value = Ranking.class, name = "RANKING"),
        @JsonSubTypes.Type(value = NotApplicable.class, name = "NOT_APPLICABLE"),
        @JsonSubTypes.Type(value = Unconfirmed.class, name = "UNCONFIRMED")
})
public sealed interface ScoringRule permits SingleInputRule, AnyYes, Veto, Unconfirmed {

    /** The JSON kind name, e.g. "LINEAR". */
    String kindName();

    /** Keys of the scenario inputs this rule reads. */
    List<String> inputKeys();

    /** The most this rule can give; null when the source sets no cap. */
    BigDecimal maxPoints();

    /** Points for the scenario (negative for penalties); throws {@link RuleInputException}. */
    BigDecimal evaluate(RuleInputs inputs);

    /** Input values where the score changes, used to find the cheapest gain. */
    default List<BigDecimal> keyValues() {
        return List.of();
    }
}
