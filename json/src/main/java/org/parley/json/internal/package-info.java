/**
 * Parley's own plumbing, shared by its modules and not part of its API: it may change in any
 * release. Exported only to the command-line tool ({@code org.parley.cli}) and the Flink jobs
 * ({@code org.parley.flink}).
 */
package org.parley.json.internal;
