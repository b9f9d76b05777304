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
 * is looked up as {@code DIR/seeds/a.txt}, then as {@code DIR/a.txt}, never outside {@code DIR}. A
 * document that is not there
 * is not available (the validator then warns that its evidence was not checked); one that is there
 * but cannot be read or is not UTF-8 is an error.
 */
public final class DirectorySourceTexts implements SourceTexts {

  /** The largest article read by default: 64 MiB, far beyond any news text. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private final Path root;
  private final long maxBytes;
  private final Map<Path, Optional<SourceText>> loaded = new ConcurrentHashMap<>();

  private DirectorySourceTexts(Path directory, long maxBytes) {
    this.root = directory.toAbsolutePath().normalize();
    this.maxBytes = maxBytes;
  }

  /** The texts in {@code directory}, each at most {@link #DEFAULT_MAX_BYTES}. */
  public static DirectorySourceTexts in(Path directory) {
    return in(directory, DEFAULT_MAX_BYTES);
  }

  /**
   * The texts in {@code directory}, each at most {@code maxBytes}; a larger document is not read, and
   * the validator reports it as unreadable for its source.
   */
  public static DirectorySourceTexts in(Path directory, long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("Invalid value for maxBytes (must be 1 or more): " + maxBytes);
    }
    return new DirectorySourceTexts(directory, maxBytes);
  }

  @Override
  public Optional<SourceText> find(Source source) {
    return source.document().flatMap(document -> {
      Path relative = Path.of(document.path());
      Path candidate = root.resolve(relative).normalize();
      if (!candidate.startsWith(root) || !Files.isRegularFile(candidate)) {
        // Never outside the folder: a dataset must not make the tool read (and quote) other files.
        candidate = relative.getFileName() == null ? root : root.resolve(relative.getFileName()).normalize();
      }
      Path file = candidate;
      return file.startsWith(root) && !file.equals(root) ? loaded.computeIfAbsent(file, this::load) : Optional.empty();
    });
  }

  private Optional<SourceText> load(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new IllegalArgumentException("the article has " + size + " bytes, more than the limit of " + maxBytes
            + " bytes");
      }
      return Optional.of(SourceText.ofUtf8(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }
}
