/**
 * Durable, atomic replacement of a file ({@link org.parley.files.AtomicFile}), shared by the JSON
 * writer, the CSV and HTML exports, the command-line tool and the Flink jobs.
 */
package org.parley.files;
