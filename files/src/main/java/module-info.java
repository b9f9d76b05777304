/**
 * Writing a file so that it is either wholly replaced or not touched at all. Every file Parley's
 * modules write goes through it; it needs only the JDK.
 */
module org.parley.files {
  exports org.parley.files;
}
