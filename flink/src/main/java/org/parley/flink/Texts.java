package org.parley.flink;

import java.nio.file.Path;
import org.parley.json.DirectorySourceTexts;
import org.parley.json.JsonLine;
import org.parley.json.JsonLinesSplitter;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.AgreementId;
import org.parley.model.AgreementType;
import org.parley.model.Agreement;
import org.parley.model.Negotiation;
import org.parley.model.Source;
import org.parley.validate.SourceTexts;
import org.parley.validate.ValidationSession;

/** Source texts from a folder, and the index records a job ships as bytes. */
final class Texts {

  private Texts() {}

  /** Whether {@code texts} names a file of texts (JSON Lines) rather than a folder of documents. */
  static boolean isFile(String texts) {
    if (texts == null) {
      return false;
    }
    try {
      org.apache.flink.core.fs.Path path = new org.apache.flink.core.fs.Path(texts);
      return path.getFileSystem().exists(path) && !path.getFileSystem().getFileStatus(path).isDir();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The documents in the folder {@code folder}, or none when it is null. */
  static SourceTexts of(String folder) {
    return folder == null ? SourceTexts.none() : DirectorySourceTexts.in(Path.of(folder));
  }

  /** The index record in {@code bytes}, a line read before without a problem. */
  static Object record(JsonLinesSplitter.Parser parser, byte[] bytes) {
    JsonLine line = parser.parse(new JsonLinesSplitter.Line(2, bytes)).get(0);
    if (line instanceof JsonLine.ActorLine a) {
      return a.value();
    } else if (line instanceof JsonLine.NegotiationLine n) {
      return n.value();
    } else if (line instanceof JsonLine.AgreementLine a) {
      return a.value();
    } else if (line instanceof JsonLine.SourceLine s) {
      return s.value();
    }
    throw new IllegalStateException("not an index record: " + line);
  }

  /**
   * Whether a report's rules read the record {@code id} names, beyond its existence: its source (the
   * document, for evidence) and its negotiation (the parties, for responders) they do; of actors and
   * agreements they ask only whether one exists (a responder's affiliations are answered by the
   * {@link Index} stage), so those travel as their id alone and are checked as {@link #stub}s. The
   * equality tests with the single-process validator hold this to the rules.
   */
  static boolean needsContent(String id) {
    return !id.startsWith("actor:") && !id.startsWith("agreement:");
  }

  /** A record that exists under {@code id} and says nothing else: an actor or an agreement. */
  static Object stub(String id) {
    if (id.startsWith("actor:")) {
      return Actor.builder().id(ActorId.of(id)).kind(ActorKind.GROUP).name(id).build();
    }
    return Agreement.builder().id(AgreementId.of(id)).name(id).type(AgreementType.OTHER).build();
  }

  static String id(Object record) {
    if (record instanceof Actor a) {
      return a.id().value();
    } else if (record instanceof Negotiation n) {
      return n.id().value();
    } else if (record instanceof Agreement a) {
      return a.id().value();
    }
    return ((Source) record).id().value();
  }

  static void add(ValidationSession session, Object record) {
    if (record instanceof Actor a) {
      session.add(a);
    } else if (record instanceof Negotiation n) {
      session.add(n);
    } else if (record instanceof Agreement a) {
      session.add(a);
    } else {
      session.add((Source) record);
    }
  }
}
