/**
 * Reading the format: the strict UTF-8 check, the token cursor that places every problem on its
 * line, column and JSON Pointer ({@link org.parley.json.internal.reading.JsonIn}), the model reader,
 * one document or one JSON Lines line at a time, and the byte offsets of values that locate the
 * validator's problems. Not part of Parley's API: the module exports it to no one; users read through
 * {@link org.parley.json.ParleyJson}.
 */
package org.parley.json.internal.reading;
