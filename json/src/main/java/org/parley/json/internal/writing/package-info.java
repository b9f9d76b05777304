/**
 * Writing the format: the model writer that follows the field order of
 * {@link org.parley.json.internal.format.Fields}, documents written whole or atomically, and the
 * reconciliation as JSON. Not part of Parley's API: the module exports it to no one; users write
 * through {@link org.parley.json.ParleyJson} and {@link org.parley.json.JsonLinesWriter}.
 */
package org.parley.json.internal.writing;
