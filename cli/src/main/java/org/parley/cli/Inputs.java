package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Input files as named on the command line: {@code -} is standard input. */
final class Inputs {

  private Inputs() {}

  static String displayName(String name) {
    return name.equals("-") ? "<stdin>" : name;
  }

  /** Whether the file is read as JSON Lines: by the flag, or by its extension. */
  static boolean isLines(String name, boolean flag) {
    String lower = name.toLowerCase(Locale.ROOT);
    return flag || lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }

  static InputStream open(String name, Main.Context context) throws IOException {
    if (name.equals("-")) {
      return new java.io.FilterInputStream(context.in) {
        @Override
        public void close() {
          // standard input stays open for the next reader
        }
      };
    }
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      throw new IOException(name + " is a directory");
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new IOException("no such file: " + name, e);
    }
  }

  /**
   * The bytes of a JSON document, read up to one byte past the reader's document limit: a larger
   * input (even an endless one, such as /dev/zero) is then refused by the reader as too long,
   * instead of being read whole into memory.
   */
  static byte[] readAll(String name, Main.Context context) throws IOException {
    long limit = org.parley.json.ParleyJson.standard().limits().maxDocumentLength();
    try (InputStream in = open(name, context)) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    }
  }
}
