package org.parley.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that it is either wholly replaced or not touched at all: the content goes to a
 * temporary file beside the target, which is then moved over it. A failure part-way leaves the old
 * file (or no file) and no temporary file behind.
 */
public final class AtomicFile {

  /** Writes content to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  /** Replaces {@code target} with what {@code content} writes, atomically where the file system can. */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (!Files.isDirectory(dir)) {
      throw new java.nio.file.NoSuchFileException(target.toString(), null,
          "cannot write it: the folder " + dir + (Files.exists(dir) ? " is not a folder" : " does not exist"));
    }
    Path temporary;
    try {
      temporary = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    } catch (java.nio.file.AccessDeniedException e) {
      throw new java.nio.file.AccessDeniedException(target.toString(), null,
          "cannot write it: no permission to create a file in " + dir);
    }
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        content.writeTo(out);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
