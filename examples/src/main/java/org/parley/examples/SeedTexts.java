package org.parley.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.model.Document;
import org.parley.model.Source;
import org.parley.validate.SourceText;
import org.parley.validate.SourceTexts;

/**
 * The seed articles as {@link SourceTexts}: a source whose document is {@code seeds/NAME.txt} gets
 * the text of that article, packaged in this module's jar from the top-level {@code seeds/} folder.
 */
final class SeedTexts implements SourceTexts {

  static final SeedTexts INSTANCE = new SeedTexts();

  private static final String PREFIX = "seeds/";
  private static final String RESOURCES = "org/parley/examples/seeds/";

  private final Map<String, Optional<SourceText>> loaded = new ConcurrentHashMap<>();

  private SeedTexts() {}

  @Override
  public Optional<SourceText> find(Source source) {
    return source.document().map(Document::path).filter(p -> p.startsWith(PREFIX)).flatMap(path ->
        loaded.computeIfAbsent(path, p -> load(RESOURCES + p.substring(PREFIX.length()))));
  }

  private static Optional<SourceText> load(String resource) {
    try (InputStream in = SeedTexts.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(SourceText.ofUtf8(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
