package org.parley.flink;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.util.IteratorResultIterator;
import org.apache.flink.core.fs.Path;
import org.parley.json.JsonLinesSplitter;
import org.parley.json.ParleyJson;

/**
 * Reads a JSON Lines file as numbered lines ({@link Part#LINE}), each carrying the version its
 * header declared, so that any task can parse it, and then its count of records ({@link Part#COUNT}). A file is one split, read from its start by one
 * reader: its line numbers and its header must be known.
 */
final class JsonLinesFormat extends WholeFileFormat {

  private static final long serialVersionUID = 1L;
  private static final int BATCH = 1024;

  /** Each file's place in the job's list, by its qualified path. */
  private final java.util.HashMap<String, Integer> index = new java.util.HashMap<>();
  /** Each file's name for problems, as the job was given it, by place. */
  private final ArrayList<String> names = new ArrayList<>();

  JsonLinesFormat(List<Path> files) {
    for (Path file : files) {
      if (index.putIfAbsent(qualified(file), names.size()) == null) {
        names.add(name(file));
      }
    }
  }

  /** The path as the file source's splits name it: with its file system and absolute. */
  static String qualified(Path path) {
    try {
      java.net.URI uri = path.makeQualified(path.getFileSystem()).toUri();
      // "file:/a" and "file:///a" are one file: compare scheme, authority and path, not the spelling
      return uri.getScheme() + "://" + (uri.getAuthority() == null ? "" : uri.getAuthority()) + uri.getPath();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public Reader<Part> createReader(Configuration config, FileSourceSplit split) throws IOException {
    Path path = split.path();
    Integer place = index.get(qualified(path));
    if (place == null) {
      throw new IOException("the file source read " + path + ", which is not one of the job's files");
    }
    int fileIndex = place;
    String file = names.get(fileIndex);
    JsonLinesSplitter lines = JsonLinesSplitter.of(ParleyJson.standard(), path.getFileSystem().open(path), file);
    return new Reader<>() {
      private boolean done;
      private long read;

      @Override
      public RecordIterator<Part> readBatch() {
        if (done) {
          return null;
        }
        List<Part> batch = new ArrayList<>(BATCH);
        JsonLinesSplitter.Line line = null;
        while (batch.size() < BATCH && (line = lines.next()) != null) {
          Part part = Part.of(Part.LINE, file, line.number());
          part.fileIndex = fileIndex;
          part.bytes = line.bytes();
          part.version = lines.version();
          batch.add(part);
          if (line.number() > 0) {
            read++;   // line 0, an empty file's, is no record
          }
        }
        if (line == null) {
          // The file's count of records, as the single-process validator counts them: every line but the header.
          Part count = Part.of(Part.COUNT, file, read - (lines.headerRead() ? 1 : 0));
          count.fileIndex = fileIndex;
          batch.add(count);
          done = true;
        }
        return new IteratorResultIterator<>(batch.iterator(), 0, 0);
      }

      @Override
      public void close() {
        lines.close();
      }
    };
  }

  /** How problems name a file: its path, without the scheme for a local file. */
  static String name(Path path) {
    return "file".equals(path.toUri().getScheme()) || path.toUri().getScheme() == null
        ? path.toUri().getPath() : path.toString();
  }
}
