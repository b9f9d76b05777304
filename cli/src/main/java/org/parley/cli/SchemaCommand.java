package org.parley.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.json.ParleyJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley schema}: prints the JSON Schema of the format, as shipped in the json module. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = ParleyCommand.Version.class,
    description = {"Print the JSON Schema (draft 2020-12) of the Parley format.",
        "#/$defs/line describes one line of a JSON Lines file."})
final class SchemaCommand implements Callable<Integer> {

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the schema to FILE (atomically).")
  Path output;

  private final Main.Context context;

  SchemaCommand(Main.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    byte[] schema = ParleyJson.schema().getBytes(StandardCharsets.UTF_8);
    context.write(output, out -> out.write(schema));
    return Main.OK;
  }
}
