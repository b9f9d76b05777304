package org.parley.model;

/**
 * Where the records of a dataset go one at a time, as a JSON Lines file is read: its actors,
 * negotiations, agreements and sources, and its reports. Whatever takes a dataset without holding
 * it (a streamed export, the command-line tool's pooling) takes its records this way.
 */
public interface RecordSink {

  void actor(Actor actor);

  void negotiation(Negotiation negotiation);

  void agreement(Agreement agreement);

  void source(Source source);

  void report(Report report);

  /** Hands on every record of {@code dataset}: its actors, negotiations, agreements, sources and reports, in order. */
  default void all(Dataset dataset) {
    dataset.actors().forEach(this::actor);
    dataset.negotiations().forEach(this::negotiation);
    dataset.agreements().forEach(this::agreement);
    dataset.sources().forEach(this::source);
    dataset.reports().forEach(this::report);
  }
}
