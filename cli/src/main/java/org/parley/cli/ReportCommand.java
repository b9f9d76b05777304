package org.parley.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.export.ParleyReport;
import org.parley.json.DirectorySourceTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley report --texts DIR FILE... -o report.html}: one self-contained HTML page with each
 * article and its claims highlighted, the reconciliation linked to the passages, and the validation
 * result.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = ParleyCommand.Version.class,
    description = {"Write one HTML page that shows the dataset against its articles.",
        "Every evidence passage highlighted in its article with its claim beside it, the reconciliation with"
            + " links from each source to its passage, and the validation result. The page needs nothing but"
            + " itself: it opens from disk, without network."},
    footer = {"", "Exit codes: 0 written (whatever the validation found: the page shows it), 1 a file could not be"
        + " read as Parley JSON, 2 usage or I/O error."})
final class ReportCommand implements Callable<Integer> {

  @Mixin
  DatasetFiles inputs;

  @Option(names = "--texts", paramLabel = "DIR", required = true,
      description = "The folder of the articles the sources' documents name.")
  Path texts;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the page to FILE (atomically; its folder is created if missing); standard output"
          + " when left out.")
  Path output;

  private final Main.Context context;

  ReportCommand(Main.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(texts)) {
      context.errln("parley report: --texts " + texts + ": no such directory");
      return Main.USAGE_OR_IO;
    }
    Pool pool = inputs.read("report", context);
    if (pool.exit() != Main.OK) {
      return pool.exit();
    }
    if (output != null) {
      Main.Context.checkOutput(output, inputs.files);
      Path folder = output.toAbsolutePath().getParent();
      if (folder != null) {
        Files.createDirectories(folder);   // -o target/report.html works in a fresh clone
      }
    }
    String html = ParleyReport.html(pool.dataset(), DirectorySourceTexts.in(texts));
    context.write(output, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    return Main.OK;
  }
}
