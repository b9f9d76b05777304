package org.parley.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.files.AtomicFile;
import org.parley.json.ParleyJson;
import org.parley.json.Problem;
import org.parley.model.Dataset;
import org.parley.model.NegotiationId;
import org.parley.plover.PloverImport;
import org.parley.validate.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley import --from plover FILE -o OUT}: others' event records as a Parley dataset. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = ParleyCommand.Version.class,
    description = {"Bring PLOVER event records (JSON Lines, or a JSON array) into a Parley dataset: each text a source,"
        + " written beside the dataset as its document; each record a claim resting on its event_text; each entity an"
        + " actor. The record is kept in the claim's note, so export --format plover gives it back.",
        "The records are checked first (as validate --format plover does); with any error nothing is written."},
    footer = {"", "Exit codes: 0 imported, 1 invalid records (nothing written), 2 usage or I/O error.",
        "Example: parley import --from plover events.jsonl -o events.parley.json"})
final class ImportCommand implements Callable<Integer> {

  enum From { plover }

  @Option(names = "--from", required = true, paramLabel = "FORMAT", description = "What FILE holds: plover.")
  From from;

  @Parameters(paramLabel = "FILE", description = "The records; - reads standard input.")
  String file;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The dataset to write (JSON).")
  Path output;

  @Option(names = "--texts", paramLabel = "DIR",
      description = "Folder for the records' texts, one file a source (default: OUT's folder).")
  Path texts;

  @Option(names = "--negotiation", paramLabel = "ID", defaultValue = "negotiation:plover-import",
      description = "The negotiation the reports are filed under (default: ${DEFAULT-VALUE}).")
  String negotiation;

  @Option(names = "--lines", description = "Read FILE as JSON Lines, whatever its name.")
  boolean lines;

  @Option(names = "--lenient", description = "Read trailing commas and older field names, as warnings.")
  boolean lenient;

  private final Main.Context context;

  ImportCommand(Main.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    NegotiationId id;
    try {
      id = NegotiationId.of(negotiation);
    } catch (IllegalArgumentException e) {
      context.errln("parley import: --negotiation: " + e.getMessage());
      return Main.USAGE_OR_IO;
    }
    Main.Context.checkOutput(output, List.of(file));
    String name = Inputs.displayName(file);
    PloverImport.Result result = PloverImport.read(Inputs.readAll(file, context), name, Inputs.isLines(file, lines),
        lenient, id);
    for (Problem p : result.problems()) {
      context.errln(p.toString());
    }
    if (result.dataset().isEmpty()) {
      long errors = result.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
      context.errln("parley import: " + errors + (errors == 1 ? " error" : " errors") + "; nothing was written");
      return Main.INVALID;
    }
    Dataset dataset = result.dataset().get();
    Path folder = texts != null ? texts : output.toAbsolutePath().getParent();
    for (Map.Entry<String, String> text : result.texts().entrySet()) {
      Path target = folder.resolve(text.getKey());
      byte[] bytes = text.getValue().getBytes(StandardCharsets.UTF_8);
      if (Files.exists(target) && !java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
        context.errln("parley import: " + target + " exists with another text; give --texts DIR for a folder of its own");
        return Main.USAGE_OR_IO;
      }
    }
    Files.createDirectories(folder);
    for (Map.Entry<String, String> text : result.texts().entrySet()) {
      AtomicFile.write(folder.resolve(text.getKey()), out -> out.write(text.getValue().getBytes(StandardCharsets.UTF_8)));
    }
    AtomicFile.write(output, out -> ParleyJson.standard().write(dataset, out));
    int claims = dataset.reports().stream().mapToInt(r -> r.demands().size() + r.outcomes().size() + r.events().size()
        + r.acts().size()).sum();
    context.errln("imported " + claims + (claims == 1 ? " record" : " records") + " from " + dataset.sources().size()
        + (dataset.sources().size() == 1 ? " source" : " sources") + " into " + output + " (texts in " + folder + ")");
    return Main.OK;
  }
}
