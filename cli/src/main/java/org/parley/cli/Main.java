package org.parley.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code parley} command: {@code java -jar parley.jar validate|reconcile|schema ...}. */
public final class Main {

  /** Input is fine (or nothing to report). */
  static final int OK = 0;
  /** The input is invalid: read errors or validation errors. */
  static final int INVALID = 1;
  /** Wrong usage, or a file could not be read or written. */
  static final int USAGE_OR_IO = 2;

  private Main() {}

  public static void main(String[] args) {
    int exit;
    try {
      exit = run(args, System.in, System.out, System.err, System.console() != null);
    } catch (OutOfMemoryError e) {
      // One line that says what to do, never a stack trace; exit 2, not 1 (which would mean "invalid").
      long heap = Runtime.getRuntime().maxMemory() >> 20;
      System.err.println("parley: out of memory (" + heap + " MB of heap); give Java more, such as java -Xmx"
          + Math.max(512, Long.highestOneBit(Math.max(heap, 1)) * 4) + "m -jar parley.jar ...; a JSON document is held"
          + " whole, while a JSON Lines file (.jsonl) keeps only its index of actors, negotiations, agreements, sources"
          + " and report ids; past one machine, the same checks run on Apache Flink (parley-flink.jar validate)");
      exit = USAGE_OR_IO;
    } catch (StackOverflowError e) {
      System.err.println("parley: the input nests too deeply to process; flatten it or raise -Xss");
      exit = USAGE_OR_IO;
    }
    System.exit(exit);
  }

  /** Runs the command with these streams and returns its exit code; {@code terminal} enables progress. */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean terminal) {
    Context context = new Context(in, out, err, terminal);
    // Each command that prints takes the streams: a constructor (Context), found by reflection.
    CommandLine commandLine = new CommandLine(new ParleyCommand(), new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        try {
          return type.getDeclaredConstructor(Context.class).newInstance(context);
        } catch (NoSuchMethodException e) {
          return CommandLine.defaultFactory().create(type);
        }
      }
    });
    commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    commandLine.setExitCodeExceptionMapper(e -> USAGE_OR_IO);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      context.errln("parley: " + e.getMessage());
      return USAGE_OR_IO;
    });
    // picocli's own messages quote the arguments ("Unknown option: '...'"): printed escaped like
    // every other line, then what picocli would add (a suggestion, or the usage).
    commandLine.setParameterExceptionHandler((e, arguments) -> {
      CommandLine cmd = e.getCommandLine();
      context.errln(e.getMessage());
      cmd.getErr().flush();
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr())) {
        cmd.usage(cmd.getErr());
      }
      cmd.getErr().flush();
      return USAGE_OR_IO;
    });
    return commandLine.execute(args);
  }

  /** The streams a command works with. */
  static final class Context {
    final InputStream in;
    final PrintStream out;
    final PrintStream err;
    final boolean terminal;

    Context(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
      this.in = in;
      this.out = out;
      this.err = err;
      this.terminal = terminal;
    }

    /**
     * A line on standard error. Messages carry file names and the dataset's own strings, so every
     * control, line-separator and bidirectional character is printed escaped.
     */
    void errln(String line) {
      err.print(org.parley.validate.Printable.escape(line) + "\n");
    }

    /** Sends what {@code content} writes to {@code output}, atomically, or to standard output when null. */
    void write(java.nio.file.Path output, org.parley.files.AtomicFile.Content content) throws java.io.IOException {
      if (output == null) {
        content.writeTo(out);
        out.flush();
      } else {
        checkOutput(output, java.util.List.of());
        org.parley.files.AtomicFile.write(output, content);
      }
    }

    /**
     * Refuses an output that is not a regular file (a device such as /dev/null would be replaced by
     * a file) or that is one of the command's own inputs (it would be overwritten before it is read).
     */
    static void checkOutput(java.nio.file.Path output, java.util.List<String> inputs) throws java.io.IOException {
      if (java.nio.file.Files.exists(output) && !java.nio.file.Files.isRegularFile(output)) {
        throw new java.io.IOException(output + ": not a regular file; parley writes its output only to regular"
            + " files (leave out -o to write to standard output)");
      }
      for (String input : inputs) {
        if (!input.equals("-") && java.nio.file.Files.exists(output) && java.nio.file.Files.exists(java.nio.file.Path.of(input))
            && java.nio.file.Files.isSameFile(output, java.nio.file.Path.of(input))) {
          throw new java.io.IOException(output + ": is also an input; write the output to another file");
        }
      }
    }
  }
}
