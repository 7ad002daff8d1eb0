package com.creditdesk.model.indicator;

import java.util.List;

/** An input rejected during evaluation: message key and arguments for a Chinese sentence. */
public record InputProblem(String indicatorId, String messageKey, List<Object> args) {

    public InputProblem {
        args = List.copyOf(args);
    }
}
