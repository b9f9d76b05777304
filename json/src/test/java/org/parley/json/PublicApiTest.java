package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What parley-json offers its users, and nothing more: a change here is a change of the API. */
class PublicApiTest {

  private static Path classes() throws URISyntaxException {
    return Path.of(ParleyJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void exportsOnePackageToUsersAndItsInternalsToTheCommandLineToolTheFlinkJobAndThePloverCheckOnly() throws URISyntaxException {
    ModuleDescriptor module = ModuleFinder.of(classes()).find("org.parley.json").orElseThrow().descriptor();

    assertThat(module.exports()).extracting(e -> e.source() + " to " + (e.isQualified() ? new java.util.TreeSet<>(e.targets()) : "all"))
        .containsExactlyInAnyOrder("org.parley.json to all", "org.parley.json.internal to [org.parley.cli, org.parley.flink, org.parley.plover]");
    // The format, reading and writing are packages of their own that the module exports to no one.
    assertThat(module.packages()).containsExactlyInAnyOrder("org.parley.json", "org.parley.json.internal",
        "org.parley.json.internal.format", "org.parley.json.internal.reading", "org.parley.json.internal.writing");
  }

  @Test
  void listsOnlyWhatUsersNeedInItsExportedPackage() throws IOException, URISyntaxException {
    List<String> types;
    try (Stream<Path> files = Files.list(classes().resolve("org/parley/json"))) {
      types = files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('$', '.'))
          .filter(n -> {
            try {
              Class<?> type = Class.forName("org.parley.json." + n.replace('.', '$'));
              for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
                if (!Modifier.isPublic(c.getModifiers())) {
                  return false;
                }
              }
              return !type.isAnonymousClass() && !type.isSynthetic();
            } catch (ClassNotFoundException e) {
              throw new IllegalStateException(e);
            }
          })
          .sorted().collect(Collectors.toList());
    }

    assertThat(types).containsExactly("DirectorySourceTexts", "JsonDocumentValidator", "JsonLine",
        "JsonLine.ActorLine", "JsonLine.AgreementLine", "JsonLine.ErrorLine", "JsonLine.NegotiationLine",
        "JsonLine.ReportLine", "JsonLine.SourceLine", "JsonLinesSplitter", "JsonLinesSplitter.Line",
        "JsonLinesSplitter.Parser", "JsonLinesValidator", "JsonLinesWriter", "Location",
        "ParleyJson", "ParleyJson.Builder", "ParleyJsonException", "ParleyModule", "Problem", "ReadCodes",
        "ReadLimits", "ReadLimits.Builder", "TerminalSafeEscapes", "ValidationSummary");
  }
}
