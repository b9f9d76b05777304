package org.parley.files;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file so that it is either wholly replaced or not touched at all: the content goes to a
 * temporary file beside the target, is forced to disk, and the file is then moved over the target.
 * A failure part-way, a crash or a killed process leaves the old file (or no file), never a partial
 * one. A replaced file keeps its permissions; a new one gets the usual ones (0666 less the umask).
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

  private static final SecureRandom RANDOM = new SecureRandom();

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
    Path temporary = dir.resolve(prefix + ProcessHandle.current().pid() + "-"
        + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
    IN_PROGRESS.add(temporary);
    try {
      // CREATE_NEW, not createTempFile: a new file gets the usual permissions (0666 less the umask),
      // not createTempFile's 0600; a file that is replaced keeps its own, copied below.
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(unclosable(Channels.newOutputStream(channel)), 1 << 16);
        content.writeTo(out);
        out.flush();
        channel.force(true);   // on disk before the move: a crash never leaves an empty file in its place
      } catch (java.nio.file.AccessDeniedException e) {
        throw new java.nio.file.AccessDeniedException(target.toString(), null,
            "cannot write it: no permission to create a file in " + dir);
      }
      keepPermissions(absolute, temporary);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      forceDirectory(dir);
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } finally {
        IN_PROGRESS.remove(temporary);
      }
    }
  }

  /** The stream, except that closing it only flushes: the channel must stay open to be forced to disk. */
  private static OutputStream unclosable(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /** Gives the new file the permissions of the file it replaces, where the file system has POSIX permissions. */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    if (!Files.isRegularFile(target)) {
      return;
    }
    try {
      Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
    } catch (UnsupportedOperationException e) {
      // no POSIX permissions here (Windows): nothing to keep
    }
  }

  /** Makes the rename itself durable, where the platform lets a folder be opened for that (Linux does). */
  private static void forceDirectory(Path dir) {
    try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
      folder.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // not possible on this platform; the file's own data is on disk already
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
