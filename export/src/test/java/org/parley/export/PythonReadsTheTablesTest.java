package org.parley.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.Fixtures;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where Python 3 is installed, its standard {@code csv} module reads every exported table and finds
 * each cell of the type the codebook gives its column ({@code src/test/python/check_tables.py}).
 * Skipped, and said so, on a machine without {@code python3}.
 */
class PythonReadsTheTablesTest {

  private static boolean python() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void pythonsCsvModuleReadsEveryCellAsItsDocumentedType(@TempDir Path dir) throws Exception {
    assumeTrue(python(), "python3 is not installed: the tables were not read with Python");
    CsvExport.write(Fixtures.dataset(), dir);
    Table pax = PaxExport.table(PaxExportTest.withAgreement(org.parley.model.AgreementStatus.SIGNED,
        org.parley.model.PartialDate.of(2025, 5, 16)));
    try (var out = Files.newOutputStream(dir.resolve("pax.csv"))) {
      CsvExport.write(pax, out);
    }
    Map<String, List<List<Object>>> types = new LinkedHashMap<>();
    List<Table> tables = new java.util.ArrayList<>(Tables.empty());
    tables.add(pax);
    for (Table table : tables) {
      types.put(table.name() + ".csv", table.columns().stream().map(c -> List.<Object>of(c.name(), switch (c.type()) {
        case INTEGER -> "integer";
        case BOOLEAN -> "boolean";
        case DATE -> "date";
        case ENUM -> "enum";
        default -> "text";
      }, c.values())).toList());
    }
    Path typesFile = dir.resolve("types.json");
    Files.writeString(typesFile, JsonMapper.builder().build().writeValueAsString(types), StandardCharsets.UTF_8);

    Process p = new ProcessBuilder("python3", Path.of("src", "test", "python", "check_tables.py").toString(),
        dir.toString(), typesFile.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(output).startsWith("python csv: 7 files, ");
    assertThat(p.exitValue()).as(output).isZero();
  }
}
