package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top of the command tree; without a subcommand it prints its usage and exits with 2. */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = ParleyCommand.Version.class,
    description = "Validate, reconcile, export, report on and describe Parley datasets: JSON documents and JSON Lines files.",
    subcommands = {ValidateCommand.class, ReconcileCommand.class, ExportCommand.class, ReportCommand.class,
        AnchorCommand.class, AgreeCommand.class, ImportCommand.class,
        CoverageCommand.class,
        SchemaCommand.class,
        CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class},
    footer = {"", "Exit codes: 0 valid, 1 invalid input, 2 usage or I/O error."})
final class ParleyCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "a command is required: validate, reconcile, export, report, coverage, anchor, agree or schema");
  }

  /** The version of this build, from {@code version.properties}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = ParleyCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"parley " + properties.getProperty("version", "unknown")};
    }
  }
}
