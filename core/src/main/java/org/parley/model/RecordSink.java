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
}
