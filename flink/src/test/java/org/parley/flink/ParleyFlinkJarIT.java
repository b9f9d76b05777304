package org.parley.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the built {@code parley-flink.jar} as a user does: {@code java -jar}, an embedded Flink, no install. */
class ParleyFlinkJarIT {

  private static final Path JAR = Path.of(System.getProperty("parley.flink.jar", "target/parley-flink.jar"));
  private static final Path SEEDS = Path.of("..", "seeds").toAbsolutePath().normalize();

  @TempDir
  Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void validatesAFolderAndWritesTheProblemsAndTheSummary() throws Exception {
    Path input = Files.createDirectories(dir.resolve("in"));
    List<String> lines = new ArrayList<>(Files.readAllLines(SEEDS.resolve("istanbul-2025.parley.jsonl")));
    Files.write(input.resolve("good.jsonl"), lines);
    lines.add(lines.get(2));
    Files.write(input.resolve("twice.ndjson"), lines);
    Files.writeString(input.resolve("notes.txt"), "not JSON Lines");
    Path out = dir.resolve("out");

    Run run = run("validate", "--input", input.toString(), "--texts", SEEDS.toString(), "--output", out.toString(),
        "--parallelism", "2");

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("2 file(s), 93 record(s): 1 error(s), 0 warning(s); problems in "
        + out.resolve("problems.jsonl") + System.lineSeparator());
    assertThat(Files.readAllLines(out.resolve("problems.jsonl"))).containsExactly("{\"file\":\""
        + input.resolve("twice.ndjson") + "\",\"line\":48,\"pointer\":\"/actor/id\",\"severity\":\"error\",\"code\":"
        + "\"id.duplicate\",\"message\":\"id actor:ukraine is already used by line 3; ids must be unique\"}");
    assertThat(Files.readString(out.resolve("summary.json"))).isEqualTo("{\"files\":[\n"
        + "  {\"file\":\"" + input.resolve("good.jsonl") + "\",\"records\":46,\"errors\":0,\"warnings\":0},\n"
        + "  {\"file\":\"" + input.resolve("twice.ndjson") + "\",\"records\":47,\"errors\":1,\"warnings\":0}\n"
        + "],\"records\":93,\"errors\":1,\"warnings\":0}\n");
  }

  @Test
  void reconcilesAsTheCommandLineToolDoes() throws Exception {
    Path out = dir.resolve("out");

    Run run = run("reconcile", "--input", SEEDS.resolve("*.parley.jsonl").toString(), "--output", out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("1 negotiation(s) reconciled from 1 file(s)");
    // Nothing but the JVM's own warnings (on Java 24 and later, about Pekko's use of sun.misc.Unsafe).
    assertThat(run.err().lines().filter(line -> !line.startsWith("WARNING: "))).isEmpty();
    assertThat(Files.readAllLines(out.resolve("reconciliations.jsonl"))).hasSize(1).first().asString()
        .startsWith("{\"negotiation\":\"negotiation:istanbul-2025\",\"sources\":[");
  }

  @Test
  void saysWhatIsWrongInOneLineAndExitsTwo() throws Exception {
    Run missing = run("validate", "--input", dir.resolve("nowhere").toString(), "--output", dir.toString());
    Run noTexts = run("validate", "--input", SEEDS.toString(), "--texts", dir.resolve("no-texts").toString(),
        "--output", dir.toString());
    Run nothing = run("reconcile", "--input", dir.toString(), "--output", dir.toString());

    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("parley-flink: --input " + dir.resolve("nowhere")
        + ": no such file or folder" + System.lineSeparator());
    assertThat(noTexts.exit()).isEqualTo(2);
    assertThat(noTexts.err()).isEqualTo("parley-flink: --texts " + dir.resolve("no-texts") + ": no such folder or file"
        + System.lineSeparator());
    assertThat(nothing.exit()).isEqualTo(2);
    assertThat(nothing.err()).isEqualTo("parley-flink: no JSON Lines file (.jsonl, .ndjson) in " + dir
        + System.lineSeparator());
  }
}
