/**
 * Parley's JSON: strict reading and deterministic writing of datasets as JSON documents and JSON
 * Lines, the JSON Schema of the format, and a Jackson module for users' own mappers.
 */
@SuppressWarnings("module")   // org.parley.cli and the others named below are built after this module
module org.parley.json {
  requires transitive org.parley.core;
  requires transitive tools.jackson.core;
  requires org.parley.files;
  // Only ParleyModule needs databind; an application that uses it has databind in its module graph.
  requires static tools.jackson.databind;

  exports org.parley.json;
  // Placing index problems on their lines is the tools' need, not an API for users: not exported to
  // them (on the class path, the package's name and javadoc say as much).
  exports org.parley.json.internal to org.parley.cli, org.parley.flink, org.parley.plover;

  // No "provides" of the Jackson module: with databind optional, a service type the module may not
  // read would fail resolution. On the module path, add it to a mapper by hand:
  // JsonMapper.builder().addModule(new ParleyModule()); on the class path findAndAddModules() finds it.
}
