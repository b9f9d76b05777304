package org.parley.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;

/**
 * A file read whole by one reader, from its start, into {@link Part}s: its lines must be numbered
 * (and a JSON Lines file's header known), so a file is never split.
 */
abstract class WholeFileFormat implements BulkFormat<Part, FileSourceSplit> {

  private static final long serialVersionUID = 1L;

  @Override
  public final Reader<Part> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
    // Batch jobs are not restored from a checkpoint mid-file; a restarted split is read again from its start.
    return createReader(config, split);
  }

  @Override
  public final boolean isSplittable() {
    return false;
  }

  @Override
  public final TypeInformation<Part> getProducedType() {
    return TypeInformation.of(Part.class);
  }
}
