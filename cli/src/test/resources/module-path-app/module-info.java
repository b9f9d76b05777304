/** A user's own application on the module path, needing Parley by its module names. */
module parley.user {
  requires org.parley.core;
  requires org.parley.json;
}
