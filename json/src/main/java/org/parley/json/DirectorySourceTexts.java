package org.parley.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.model.Source;
import org.parley.validate.SourceText;
import org.parley.validate.SourceTexts;

/**
 * The texts of sources' documents in a folder: a source whose document path is {@code seeds/a.txt}
 * is looked up as {@code DIR/seeds/a.txt}, then as {@code DIR/a.txt}. A document that is not there
 * is not available (the validator then warns that its evidence was not checked); one that is there
 * but cannot be read or is not UTF-8 is an error.
 */
public final class DirectorySourceTexts implements SourceTexts {

  private final Path directory;
  private final Map<Path, Optional<SourceText>> loaded = new ConcurrentHashMap<>();

  private DirectorySourceTexts(Path directory) {
    this.directory = directory;
  }

  /** The texts in {@code directory}. */
  public static DirectorySourceTexts in(Path directory) {
    return new DirectorySourceTexts(directory);
  }

  @Override
  public Optional<SourceText> find(Source source) {
    return source.document().flatMap(document -> {
      Path relative = Path.of(document.path());
      Path candidate = directory.resolve(relative).normalize();
      if (!Files.isRegularFile(candidate) && relative.getFileName() != null) {
        candidate = directory.resolve(relative.getFileName());
      }
      Path file = candidate;
      return loaded.computeIfAbsent(file, this::load);
    });
  }

  private Optional<SourceText> load(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(SourceText.ofUtf8(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }
}
