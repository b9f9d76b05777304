package org.parley.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A self-contained collection of actors, negotiations, agreements, sources and the reports that link them: the
 * unit that is saved as one JSON document and validated as a whole.
 */
@Value.Immutable
public abstract class Dataset {

  /** The version of the Parley format this model is; documents of every earlier version read into it. */
  public static final String CURRENT_SCHEMA_VERSION = "1.2";

  /**
   * The version of the Parley format, {@value #CURRENT_SCHEMA_VERSION}: the model is always the
   * current format (a document of an earlier version reads into it and is written back as the
   * current version, which only adds to earlier ones).
   */
  @Value.Default
  public String schemaVersion() {
    return CURRENT_SCHEMA_VERSION;
  }

  /** Everyone the reports mention. */
  public abstract List<Actor> actors();

  /** The events the reports are about. */
  public abstract List<Negotiation> negotiations();

  /** The agreements the reports speak of. */
  public abstract List<Agreement> agreements();

  /** The texts the reports come from. */
  public abstract List<Source> sources();

  /** One entry per source and negotiation. */
  public abstract List<Report> reports();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dataset}. */
  public static final class Builder extends ImmutableDataset.Builder {}

  @Value.Check
  void check() {
    if (!CURRENT_SCHEMA_VERSION.equals(schemaVersion())) {
      throw new IllegalArgumentException("Invalid value for schemaVersion (the model is format "
          + CURRENT_SCHEMA_VERSION + "; earlier documents are read into it): \"" + schemaVersion() + "\"");
    }
  }
}
