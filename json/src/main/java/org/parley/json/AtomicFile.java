package org.parley.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file so that it is either wholly replaced or not touched at all: the content goes to a
 * temporary file beside the target, which is then moved over it. A failure part-way leaves the old
 * file (or no file) and no temporary file behind.
 *
 * <p>The temporary file is named {@code .NAME.parley-PID-RANDOM.tmp} after the target and the
 * writing process. If the JVM is stopped while writing (Ctrl-C, {@code kill}), a shutdown hook
 * removes it; if the process is killed outright ({@code kill -9}, power loss), the next write to the
 * same target removes the temporary files of that target left by processes that no longer run, and
 * leaves those of a process still writing.
 */
public final class AtomicFile {

  /** Writes content to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final String MARK = ".parley-";

  /** Temporary files being written now, removed by the shutdown hook if the JVM stops first. */
  private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

  private static volatile boolean hooked;

  private AtomicFile() {}

  /** Replaces {@code target} with what {@code content} writes, atomically where the file system can. */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (!Files.isDirectory(dir)) {
      throw new java.nio.file.NoSuchFileException(target.toString(), null,
          "cannot write it: the folder " + dir + (Files.exists(dir) ? " is not a folder" : " does not exist"));
    }
    String prefix = "." + absolute.getFileName() + MARK;
    removeStale(dir, prefix);
    hook();
    Path temporary;
    try {
      temporary = Files.createTempFile(dir, prefix + ProcessHandle.current().pid() + "-", ".tmp");
    } catch (java.nio.file.AccessDeniedException e) {
      throw new java.nio.file.AccessDeniedException(target.toString(), null,
          "cannot write it: no permission to create a file in " + dir);
    }
    IN_PROGRESS.add(temporary);
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
      try {
        Files.deleteIfExists(temporary);
      } finally {
        IN_PROGRESS.remove(temporary);
      }
    }
  }

  /** Removes this target's temporary files whose writing process no longer runs. */
  private static void removeStale(Path dir, String prefix) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir,
        file -> file.getFileName().toString().startsWith(prefix) && file.getFileName().toString().endsWith(".tmp"))) {
      for (Path file : files) {
        String rest = file.getFileName().toString().substring(prefix.length());
        int dash = rest.indexOf('-');
        if (dash <= 0 || !rest.substring(0, dash).chars().allMatch(c -> c >= '0' && c <= '9') || dash > 18) {
          continue;
        }
        long pid = Long.parseLong(rest.substring(0, dash));
        if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
          continue;
        }
        if (pid == ProcessHandle.current().pid() && IN_PROGRESS.contains(file)) {
          continue;
        }
        Files.deleteIfExists(file);
      }
    } catch (IOException | UncheckedIOException | SecurityException e) {
      // Clearing up after a killed process is a courtesy; it never stops this write.
    }
  }

  private static void hook() {
    if (hooked) {
      return;
    }
    synchronized (IN_PROGRESS) {
      if (hooked) {
        return;
      }
      try {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          for (Path file : IN_PROGRESS) {
            try {
              Files.deleteIfExists(file);
            } catch (IOException | RuntimeException e) {
              // the JVM is going down; nothing more can be done for this file
            }
          }
        }, "parley-atomic-file-cleanup"));
      } catch (IllegalStateException | SecurityException e) {
        // shutting down already, or not allowed: the next write clears up instead
      }
      hooked = true;
    }
  }
}
