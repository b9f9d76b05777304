/** A user's modular application with its own Jackson mapper, to which it adds Parley's module. */
module parley.user.mapper {
  requires org.parley.json;
  requires tools.jackson.databind;
}
