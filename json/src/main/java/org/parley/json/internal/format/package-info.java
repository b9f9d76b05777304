/**
 * The format described once: every field name ({@link org.parley.json.internal.format.FieldName}),
 * the fields of each object type in writing order with the required ones and the version that added
 * each ({@link org.parley.json.internal.format.Fields}), and the versions read. The reader, the
 * writer and the schema tests all take the format from here. Not part of Parley's API: the module
 * exports it to no one, and it may change in any release.
 */
package org.parley.json.internal.format;
