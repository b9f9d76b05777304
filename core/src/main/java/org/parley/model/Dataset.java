package org.parley.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A self-contained collection of actors, negotiations, sources and the reports that link them: the
 * unit that is saved as one JSON document and validated as a whole.
 */
@Value.Immutable
public abstract class Dataset {

  /** The version of the Parley format this dataset follows. */
  public static final String CURRENT_SCHEMA_VERSION = "1.0";

  /** The version of the Parley format, {@value #CURRENT_SCHEMA_VERSION} unless set. */
  @Value.Default
  public String schemaVersion() {
    return CURRENT_SCHEMA_VERSION;
  }

  /** Everyone the reports mention. */
  public abstract List<Actor> actors();

  /** The events the reports are about. */
  public abstract List<Negotiation> negotiations();

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
    Checks.notBlank(schemaVersion(), "schemaVersion");
  }
}
