/**
 * Parley's JSON: strict reading and deterministic writing of datasets as JSON documents and JSON
 * Lines, the JSON Schema of the format, and a Jackson module for users' own mappers.
 */
module org.parley.json {
  requires transitive org.parley.core;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;

  exports org.parley.json;

  provides tools.jackson.databind.JacksonModule with org.parley.json.ParleyModule;
}
