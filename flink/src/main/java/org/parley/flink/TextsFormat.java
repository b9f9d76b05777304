package org.parley.flink;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.util.IteratorResultIterator;
import org.apache.flink.core.fs.Path;

/**
 * Reads a JSON Lines file of source texts as numbered lines ({@link Part#LINE}, no header), for
 * {@link ParseText}: {@code {"path": "seeds/000_996755ad325e6c74.txt", "text": "…"}} per line.
 */
final class TextsFormat extends WholeFileFormat {

  private static final long serialVersionUID = 1L;
  private static final int BATCH = 64;

  @Override
  public Reader<Part> createReader(Configuration config, FileSourceSplit split) throws IOException {
    Path path = split.path();
    String file = JsonLinesFormat.name(path);
    InputStream in = new BufferedInputStream(path.getFileSystem().open(path), 1 << 16);
    return new Reader<>() {
      private long number;
      private boolean done;

      @Override
      public RecordIterator<Part> readBatch() throws IOException {
        if (done) {
          return null;
        }
        List<Part> batch = new ArrayList<>(BATCH);
        while (batch.size() < BATCH) {
          byte[] line = nextLine();
          if (line == null) {
            done = true;
            break;
          }
          Part part = Part.of(Part.LINE, file, ++number);
          part.bytes = line;
          batch.add(part);
        }
        return batch.isEmpty() ? null : new IteratorResultIterator<>(batch.iterator(), 0, 0);
      }

      /** The next line without its end ("\n" or "\r\n"), or null at the end of the file. */
      private byte[] nextLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
          any = true;
          if (b == '\n') {
            break;
          }
          line.write(b);
        }
        if (!any) {
          return null;
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }
}
