package com.creditdesk.model.importer;

import java.util.List;

/**
 * Something the coordinator should look at before importing. {@code messageKey} is a bundle key
 * ({@code import.warning.TYPE}) taking {@code args}; {@code source} may be null.
 */
public record ImportWarning(WarningType type, String messageKey, List<String> args, SourceRef source) {

    public ImportWarning {
        args = List.copyOf(args);
    }

    public static ImportWarning of(WarningType type, SourceRef source, Object... args) {
        return new ImportWarning(type, "import.warning." + type.name(),
                java.util.Arrays.stream(args).map(String::valueOf).toList(), source);
    }
}
