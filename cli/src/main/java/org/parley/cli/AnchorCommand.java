package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.json.DirectorySourceTexts;
import org.parley.json.JsonLine;
import org.parley.json.JsonLinesWriter;
import org.parley.json.ParleyJson;
import org.parley.json.ParleyJsonException;
import org.parley.model.Dataset;
import org.parley.model.Document;
import org.parley.model.Report;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.validate.Anchoring;
import org.parley.model.JsonPointer;
import org.parley.validate.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley anchor}: fills in evidence offsets and document hashes from the articles, so an
 * encoder writes passages and never counts code points. A passage found once in its article is put
 * at its offset; one found several times or nowhere is left and listed.
 */
@Command(name = "anchor", mixinStandardHelpOptions = true, versionProvider = ParleyCommand.Version.class,
    description = {"Fill in evidence offsets and document hashes from the articles under --texts.",
        "Each passage that is not at its offset is moved to where it occurs in its source's text, when it occurs"
            + " exactly once; passages that occur several times or nowhere are left as they were and listed on"
            + " standard error with every offset where they occur. Each source's document hash is set to that of"
            + " its text.",
        "The dataset is written to standard output, to -o FILE or back to FILE (--in-place), atomically, in the"
            + " form it came in (a JSON document or JSON Lines)."},
    footer = {"", "Exit codes: 0 every passage anchored, 1 some passages left (listed) or the input is invalid,"
        + " 2 usage or I/O error."})
final class AnchorCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "A JSON document or a JSON Lines file (.jsonl, .ndjson).")
  String file;

  @Option(names = "--texts", paramLabel = "DIR", required = true,
      description = "The folder of the articles the sources' documents name.")
  Path texts;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the result to OUT (atomically).")
  Path output;

  @Option(names = "--in-place", description = "Replace FILE with the result (atomically).")
  boolean inPlace;

  @Option(names = "--lines", description = "Read FILE as JSON Lines whatever its name.")
  boolean lines;

  private final Main.Context context;
  private boolean jsonLines;
  private int moved;
  private int inPlaceCount;
  private final List<String> left = new ArrayList<>();

  AnchorCommand(Main.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    if (inPlace && output != null) {
      context.errln("parley anchor: give -o OUT or --in-place, not both");
      return Main.USAGE_OR_IO;
    }
    if (inPlace && file.equals("-")) {
      context.errln("parley anchor: --in-place needs a file, not standard input");
      return Main.USAGE_OR_IO;
    }
    if (!java.nio.file.Files.isDirectory(texts)) {
      context.errln("parley anchor: --texts " + texts + ": no such directory");
      return Main.USAGE_OR_IO;
    }
    DirectorySourceTexts articles = DirectorySourceTexts.in(texts);
    String name = Inputs.displayName(file);
    Path target = inPlace ? Path.of(file) : output;
    if (output != null) {
      Main.Context.checkOutput(output, List.of(file));
    }
    try {
      jsonLines = Inputs.isLines(file, lines);
      if (jsonLines) {
        List<Object> records = readLines(name);
        if (records == null) {
          return Main.INVALID;
        }
        List<Object> anchored = anchorRecords(records, articles, name);
        context.write(target, out -> writeLines(anchored, out));
      } else {
        Dataset dataset = ParleyJson.standard().read(Inputs.readAll(file, context));
        List<Object> records = new ArrayList<>();
        records.addAll(dataset.sources());
        records.addAll(dataset.reports());
        List<Object> anchored = anchorRecords(records, articles, name);
        Dataset result = Dataset.builder().from(dataset)
            .sources(anchored.stream().filter(Source.class::isInstance).map(Source.class::cast).toList())
            .reports(anchored.stream().filter(Report.class::isInstance).map(Report.class::cast).toList())
            .build();
        context.write(target, out -> ParleyJson.standard().write(result, out));
      }
    } catch (ParleyJsonException e) {
      e.problems().forEach(problem -> context.errln(problem.inFile(name).toString()));
      return Main.INVALID;
    } catch (IllegalArgumentException e) {
      context.errln("parley anchor: " + name + ": " + e.getMessage());
      return Main.USAGE_OR_IO;
    }
    left.forEach(line -> context.errln(name + ": " + line));
    context.errln("anchored " + (moved + inPlaceCount) + " passages (" + moved + " moved, " + inPlaceCount
        + " already in place); " + left.size() + " left as they were");
    return left.isEmpty() ? Main.OK : Main.INVALID;
  }

  /** The records of a JSON Lines file in order, or null after printing the lines that could not be read. */
  private List<Object> readLines(String name) throws IOException {
    List<Object> records = new ArrayList<>();
    boolean bad = false;
    try (InputStream in = Inputs.open(file, context); Stream<JsonLine> stream = ParleyJson.standard().readLines(in)) {
      for (JsonLine line : (Iterable<JsonLine>) stream::iterator) {
        if (line.isError()) {
          line.error().orElseThrow().problems().forEach(problem -> context.errln(problem.inFile(name).toString()));
          bad = true;
        }
        line.actor().ifPresent(records::add);
        line.negotiation().ifPresent(records::add);
        line.agreement().ifPresent(records::add);
        line.source().ifPresent(records::add);
        line.report().ifPresent(records::add);
      }
    }
    return bad ? null : records;
  }

  /** Sources get their text's hash; reports their passages anchored in their source's text. */
  private List<Object> anchorRecords(List<Object> records, DirectorySourceTexts articles, String name) {
    java.util.Map<SourceId, Optional<SourceText>> texts = new java.util.HashMap<>();
    List<Object> out = new ArrayList<>(records.size());
    int reportIndex = 0;
    for (Object record : records) {
      if (record instanceof Source source) {
        Optional<SourceText> text = articles.find(source);
        texts.put(source.id(), text);
        out.add(text.isPresent() && source.document().isPresent()
            ? Source.builder().from(source).document(Document.of(source.document().get().path(), text.get().sha256()))
                .build()
            : source);
      } else if (record instanceof Report report) {
        JsonPointer at = jsonLines ? JsonPointer.root().child("report") : JsonPointer.root().child("reports", reportIndex);
        reportIndex++;
        Optional<SourceText> text = texts.getOrDefault(report.source(), Optional.empty());
        if (text.isEmpty()) {
          left.add(at + ": no text of " + report.source() + " under " + texts() + "; its passages were not anchored");
          out.add(report);
          continue;
        }
        Anchoring.Result result = Anchoring.anchor(report, at, text.get());
        moved += result.moved();
        inPlaceCount += result.inPlace();
        result.unanchored().forEach(u -> left.add(u.toString()));
        out.add(result.report());
      } else {
        out.add(record);
      }
    }
    return out;
  }

  private String texts() {
    return texts.toString();
  }

  private static void writeLines(List<Object> records, OutputStream out) throws IOException {
    try (JsonLinesWriter writer = ParleyJson.standard().linesWriter(out)) {
      for (Object record : records) {
        if (record instanceof org.parley.model.Actor a) {
          writer.write(a);
        } else if (record instanceof org.parley.model.Negotiation n) {
          writer.write(n);
        } else if (record instanceof org.parley.model.Agreement a) {
          writer.write(a);
        } else if (record instanceof Source s) {
          writer.write(s);
        } else {
          writer.write((Report) record);
        }
      }
    }
  }
}
