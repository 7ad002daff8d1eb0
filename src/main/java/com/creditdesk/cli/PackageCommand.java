package com.creditdesk.cli;

import com.creditdesk.logic.db.DataDirectory;
import com.creditdesk.logic.exchange.PackageExporter;
import com.creditdesk.logic.exchange.PackageFormat;
import com.creditdesk.model.exchange.PackageManifest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code package --out FILE [--key-file F]}: the county's 报送包 for the city, signed when a key file is given. */
final class PackageCommand implements Command {

    @Override
    public String name() {
        return "package";
    }

    @Override
    public String usage() {
        return "--out FILE.zip [--key-file KEY.txt]";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        Path out = null;
        byte[] key = null;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size() || !(option.equals("--out") || option.equals("--key-file"))) {
                throw new UsageException("cli.package.usage");
            }
            String value = args.get(++i);
            if (option.equals("--out")) {
                out = Path.of(value);
            } else {
                key = PackageFormat.readKeyFile(Path.of(value));
            }
        }
        if (out == null) {
            throw new UsageException("cli.package.usage");
        }
        PackageManifest manifest = new PackageExporter(context.database().dsl(),
                DataDirectory.filesDirectory(context.databaseFile())).export(out, key);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("package", out.toAbsolutePath().toString());
        json.put("county", manifest.countyCode());
        json.put("countyName", manifest.countyName());
        json.put("createdAt", manifest.createdAt());
        json.put("parts", manifest.parts().size());
        json.put("signed", key != null);
        context.out().println(context.json().writeValueAsString(json));
        return CommandLineApp.OK;
    }
}
