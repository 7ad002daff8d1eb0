package com.creditdesk.cli;

import com.creditdesk.logic.importer.DatabaseImportWriter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All headless commands, in the order --help lists them. Add new commands here. */
public final class CommandRegistry {

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public CommandRegistry(List<Command> commands) {
        for (Command command : commands) {
            this.commands.put(command.name(), command);
        }
    }

    public static CommandRegistry standard() {
        return new CommandRegistry(List.of(
                new TasksCommand(),
                new DeadlineCommand(),
                new DueCommand(),
                new ImportCommand(database -> new DatabaseImportWriter(database.dsl(), System.getProperty("user.name", "cli"))),
                new UnitsCommand(),
                new SystemsCommand(),
                new ScoreCommand(),
                new RuleCommand(),
                new BackupCommand(),
                new RestoreCommand(),
                new EncryptCommand(),
                new ExportCommand(),
                new CountyCommand(),
                new MigrateCommand(),
                new UsersCommand(),
                new EvidenceCommand(), new CheckCommand(), new BinderCommand(),
                new PackageCommand(),
                new ReceiveCommand(System.getProperty("user.name", "cli")),
                new ConflictsCommand(System.getProperty("user.name", "cli"))
        ));
    }

    public Optional<Command> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    public List<Command> all() {
        return List.copyOf(commands.values());
    }
}
