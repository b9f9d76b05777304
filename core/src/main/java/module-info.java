/**
 * Parley's core: the model of what sources say about negotiations, its validation and its
 * reconciliation. It has no run-time dependency; the Immutables annotations are needed only to
 * compile it.
 */
module org.parley.core {
  requires static org.immutables.value.annotations;

  exports org.parley.model;
  exports org.parley.validate;
  exports org.parley.reconcile;
}
