package com.creditdesk.model.evidence;

import java.util.List;

/** The result of re-hashing the file store and checking the evidence rows. */
public record IntegrityReport(int filesChecked, List<IntegrityProblem> problems) {

    public IntegrityReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public List<IntegrityProblem> of(IntegrityProblem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }
}
