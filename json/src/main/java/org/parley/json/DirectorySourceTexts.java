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
 * is looked up as {@code DIR/seeds/a.txt}, then as {@code DIR/a.txt}, never outside {@code DIR}:
 * not by a path that leaves it ({@code ../}, an absolute path) and not through a symbolic link to a
 * file outside it ({@link #unavailable} says which). A document that is not there is not available
 * (the validator then warns that its evidence was not checked, and why); one that is there but cannot
 * be read or is not UTF-8 is an error.
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
    return place(source).file().flatMap(file -> loaded.computeIfAbsent(file, this::load));
  }

  /**
   * Why the document of this source is not read although it names one: its path lies outside the
   * folder, or it is a link to a file outside it.
   */
  @Override
  public Optional<String> unavailable(Source source) {
    return place(source).refusal();
  }

  /** Where a source's document is, if inside the folder, or why it is refused. */
  private record Place(Optional<Path> file, Optional<String> refusal) {}

  private Place place(Source source) {
    if (source.document().isEmpty()) {
      return new Place(Optional.empty(), Optional.empty());
    }
    String path = source.document().get().path();
    Path relative = Path.of(path);   // a path no file system takes throws: an error of its source
    Path candidate = root.resolve(relative).normalize();
    boolean outside = !candidate.startsWith(root);
    if (outside || !Files.isRegularFile(candidate)) {
      // Never outside the folder: a dataset must not make the tool read (and quote) other files.
      candidate = relative.getFileName() == null ? root : root.resolve(relative.getFileName()).normalize();
    }
    if (!candidate.startsWith(root) || candidate.equals(root) || !Files.exists(candidate)) {
      return new Place(Optional.empty(), outside
          ? Optional.of("its document path " + path + " lies outside the texts folder " + root
              + ", and Parley reads articles only inside it")
          : Optional.empty());
    }
    try {
      Path real = candidate.toRealPath();
      Path realRoot = root.toRealPath();
      if (!real.startsWith(realRoot)) {
        return new Place(Optional.empty(), Optional.of(root.relativize(candidate) + " is a link to " + real
            + ", outside the texts folder " + root + ", and Parley reads articles only inside it"));
      }
    } catch (IOException e) {
      // unreadable: load says so
    }
    return new Place(Optional.of(candidate), Optional.empty());
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
