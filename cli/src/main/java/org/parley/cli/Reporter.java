package org.parley.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.parley.json.Problem;
import org.parley.validate.Printable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Writes what {@code parley validate} finds, for people (text) or for programs (JSON). */
abstract class Reporter implements AutoCloseable {

  abstract void startFile(String file, String format);

  abstract void problem(String file, Problem problem);

  /** The end of a file: the records read, and the I/O error that stopped it, if any. */
  abstract void endFile(String file, long records, String ioError);

  /** More problems of one code in a file than --max-per-code shows: how many were left out. */
  abstract void suppressed(String file, String code, long count);

  /**
   * The last word: how many files and records were read and what was found; {@code unreadable} files
   * could not be read at all, so nothing is said to be free of errors when none was checked.
   */
  abstract void summary(int files, int unreadable, long records, long errors, long warnings, boolean stopped);

  @Override
  public abstract void close();

  static Reporter text(OutputStream out) {
    return new Text(out);
  }

  static Reporter json(OutputStream out) {
    return new Json(out);
  }

  /** One line per problem, {@code file:line:column: severity code pointer: message}, then a summary. */
  private static final class Text extends Reporter {
    private final PrintStream out;

    Text(OutputStream out) {
      this.out = new PrintStream(out, false, StandardCharsets.UTF_8);
    }

    @Override
    void startFile(String file, String format) {}

    @Override
    void problem(String file, Problem p) {
      // Pointers and messages carry the dataset's own strings: printed escaped, one problem per line.
      out.print(Printable.escape(p.inFile(file).toString()) + "\n");
    }

    @Override
    void endFile(String file, long records, String ioError) {}

    @Override
    void suppressed(String file, String code, long count) {
      out.print(Printable.escape(file) + ": " + count + " more " + code + " problem" + (count == 1 ? "" : "s")
          + " not shown (--max-per-code; 0 shows all)\n");
    }

    @Override
    void summary(int files, int unreadable, long records, long errors, long warnings, boolean stopped) {
      if (unreadable == files) {
        out.print((files == 1 ? "1 file" : files + " files") + " could not be read; nothing was validated\n");
        return;
      }
      String read = unreadable == 0 ? "" : " (" + unreadable + " could not be read)";
      out.print(files + (files == 1 ? " file" : " files") + read + ", " + records
          + (records == 1 ? " record: " : " records: ") + errors + (errors == 1 ? " error, " : " errors, ") + warnings
          + (warnings == 1 ? " warning" : " warnings") + (stopped ? " (stopped at --max-errors)" : "") + "\n");
    }

    @Override
    public void close() {
      out.flush();
    }
  }

  /**
   * {@code {"files": [{"file", "format", "records", "error"?, "problems": [...]}], "summary": {...}}},
   * streamed as problems are found.
   */
  private static final class Json extends Reporter {
    private final JsonGenerator out;

    Json(OutputStream out) {
      this.out = JsonFactory.builder().characterEscapes(org.parley.json.TerminalSafeEscapes.INSTANCE).build()
        .createGenerator(ObjectWriteContext.empty(), out);
      this.out.writeStartObject();
      this.out.writeName("files");
      this.out.writeStartArray();
    }

    @Override
    void startFile(String file, String format) {
      out.writeStartObject();
      out.writeStringProperty("file", file);
      out.writeStringProperty("format", format);
      out.writeName("problems");
      out.writeStartArray();
    }

    @Override
    void problem(String file, Problem p) {
      out.writeStartObject();
      out.writeNumberProperty("line", p.line());
      out.writeNumberProperty("column", p.column());
      out.writeStringProperty("pointer", p.pointer().toString());
      out.writeStringProperty("severity", p.severity().wireName());
      out.writeStringProperty("code", p.code());
      out.writeStringProperty("message", p.message());
      out.writeEndObject();
    }

    @Override
    void suppressed(String file, String code, long count) {
      if (suppressed == null) {
        suppressed = new java.util.LinkedHashMap<>();
      }
      suppressed.put(code, count);
    }

    private java.util.Map<String, Long> suppressed;

    @Override
    void endFile(String file, long records, String ioError) {
      out.writeEndArray();
      if (suppressed != null) {
        out.writeName("suppressed");
        out.writeStartObject();
        suppressed.forEach(out::writeNumberProperty);
        out.writeEndObject();
        suppressed = null;
      }
      out.writeNumberProperty("records", records);
      if (ioError != null) {
        out.writeStringProperty("error", ioError);
      }
      out.writeEndObject();
    }

    @Override
    void summary(int files, int unreadable, long records, long errors, long warnings, boolean stopped) {
      out.writeEndArray();
      out.writeName("summary");
      out.writeStartObject();
      out.writeNumberProperty("files", files);
      out.writeNumberProperty("unreadable", unreadable);
      out.writeNumberProperty("records", records);
      out.writeNumberProperty("errors", errors);
      out.writeNumberProperty("warnings", warnings);
      out.writeBooleanProperty("stopped", stopped);
      out.writeEndObject();
      out.writeEndObject();
      out.writeRaw('\n');
    }

    @Override
    public void close() {
      out.close();
    }
  }
}
