package org.parley.flink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichCoGroupFunction;
import org.apache.flink.util.Collector;
import org.parley.json.internal.IndexPlace;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.JsonPointer;
import org.parley.model.Negotiation;
import org.parley.validate.Codes;
import org.parley.validate.ValidationSession;
import org.parley.validate.Validator;
import org.parley.validate.Violation;

/**
 * The checks of one file's index records among themselves — references between them, cycles of
 * affiliations and of previous rounds, the documents' hashes (repeated ids are found by id, in
 * {@link Resolve}) — run by a fresh
 * {@link ValidationSession} on that file's index records in line order, as the single-process
 * validator runs them at the end of the file. It also answers the reports' questions that need the
 * whole affiliation graph: for a responder, the first party of the negotiation on its chain of
 * affiliations as of the report's line ({@link Part#PARTY}).
 *
 * <p>Keyed by file, so one task holds one file's index records (not its reports), and the files'
 * indexes spread over the tasks.
 */
final class Index extends RichCoGroupFunction<Part, Part, Part> {

  private static final long serialVersionUID = 1L;

  private final String texts;
  private final boolean textsInFile;
  private transient Validator validator;
  private transient Parsers parsers;

  /** Reads the documents in the folder {@code texts} (none when null), or takes them from the input when {@code textsInFile}. */
  Index(String texts, boolean textsInFile) {
    this.texts = texts;
    this.textsInFile = textsInFile;
  }

  @Override
  public void open(OpenContext context) {
    validator = Validator.builder().texts(Texts.of(texts)).build();
    parsers = new Parsers();
  }

  @Override
  public void coGroup(Iterable<Part> defs, Iterable<Part> chains, Collector<Part> out) {
    List<Part> index = new ArrayList<>();
    Map<Long, String> textAt = new HashMap<>();   // texts given as a file, by the line of their source
    defs.forEach(part -> {
      if (part.type == Part.SOURCE_TEXT) {
        textAt.put(part.line, part.message);
      } else {
        index.add(part);
      }
    });
    index.sort(Comparator.comparingLong(p -> p.line));
    String file = null;
    Map<String, org.parley.validate.SourceText> sourceTexts = new HashMap<>();
    ValidationSession session = textsInFile
        ? Validator.builder().texts(source -> Optional.ofNullable(sourceTexts.get(source.id().value()))).build().session()
        : validator.session();
    Map<String, List<Long>> lineOf = new HashMap<>();
    Map<String, Part> first = new HashMap<>();
    Map<String, Object> records = new HashMap<>();
    long lastLine = 0;
    for (Part def : index) {
      file = def.file;
      Object record = Texts.record(parsers.of(def.file, def.version), def.bytes);
      Texts.add(session, record);
      lineOf.computeIfAbsent(kind(record), k -> new ArrayList<>()).add(def.line);
      if (first.putIfAbsent(def.key, def) == null) {
        records.put(def.key, record);
        String text = textAt.get(def.line);
        if (text != null) {
          sourceTexts.put(def.key, org.parley.validate.SourceText.of(text));
        }
      }
      lastLine = def.line;
    }
    if (file != null) {
      session.namePlaces(pointer -> {
        Optional<IndexPlace> place = placed(pointer, lineOf);
        return place.isPresent() ? "line " + lineOf.get(place.get().kind()).get(place.get().position()) : pointer.toString();
      });
      for (Violation v : session.finish()) {
        if (v.code().equals(Codes.DUPLICATE_ID)) {
          continue;   // found keyed by the id, in Resolve
        }
        Optional<IndexPlace> place = placed(v.path(), lineOf);
        long line = place.map(p -> lineOf.get(p.kind()).get(p.position())).orElse(0L);
        JsonPointer pointer = place.map(IndexPlace::inLine).orElse(v.path());
        out.collect(Problems.part(v, file, line, pointer));
      }
    }
    Chains walks = new Chains(first, records, lastLine);
    for (Part chain : chains) {
      walks.answer(chain, out);
    }
  }

  private static String kind(Object record) {
    if (record instanceof Actor) {
      return "actors";
    } else if (record instanceof Negotiation) {
      return "negotiations";
    } else if (record instanceof org.parley.model.Agreement) {
      return "agreements";
    }
    return "sources";
  }

  /** The line of the index record a pointer's tokens ({@code "", "actors", "3", ...}) name, or 0. */
  /** The place on its line of the index value at {@code pointer}, when the file has that record. */
  private static Optional<IndexPlace> placed(JsonPointer pointer, Map<String, List<Long>> lineOf) {
    return IndexPlace.of(pointer).filter(p -> lineOf.containsKey(p.kind()) && p.position() < lineOf.get(p.kind()).size());
  }

  /**
   * Walks of affiliations as of a report's line: an actor is known when its first record comes
   * before that line. For a report after the last index record the index is complete, and each
   * actor's answer is remembered per set of parties, so a long chain is walked once, not once per
   * responder.
   */
  private static final class Chains {
    private static final String NONE = "";
    private final Map<String, Part> first;
    private final Map<String, Object> records;
    private final long lastLine;
    private final Map<Set<ActorId>, Map<String, String>> memo = new HashMap<>();

    Chains(Map<String, Part> first, Map<String, Object> records, long lastLine) {
      this.first = first;
      this.records = records;
      this.lastLine = lastLine;
    }

    private Object known(String id, long at) {
      Part def = first.get(id);
      return def != null && def.line < at ? records.get(id) : null;
    }

    void answer(Part chain, Collector<Part> out) {
      if (!(known(chain.key2, chain.at) instanceof Negotiation negotiation) || known(chain.key, chain.at) == null) {
        return;   // the rule does not ask: the responder or the negotiation is unknown at that line
      }
      Set<ActorId> parties = Set.copyOf(negotiation.parties());
      Map<String, String> remembered = chain.at > lastLine ? memo.computeIfAbsent(parties, p -> new HashMap<>()) : null;
      List<String> walked = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      String party = NONE;
      for (String current = chain.key; current != null; ) {
        String answer = remembered == null ? null : remembered.get(current);
        if (answer != null) {
          party = answer;
          break;
        }
        if (!seen.add(current) || !(known(current, chain.at) instanceof Actor actor)) {
          break;
        }
        walked.add(current);
        if (parties.contains(actor.id())) {
          party = current;
          break;
        }
        current = actor.affiliation().map(ActorId::value).orElse(null);
      }
      if (remembered != null) {
        for (String actor : walked) {
          remembered.put(actor, party);
        }
      }
      if (!party.equals(NONE) && !party.equals(chain.key)) {
        Part answer = Part.of(Part.PARTY, chain, first.get(party).line);
        answer.at = chain.at;
        answer.key = chain.key;
        answer.key2 = party;
        answer.bytes = Resolve.NO_BYTES;   // an actor: its existence is what the report's rules ask about
        answer.version = first.get(party).version;
        out.collect(answer);
      }
    }
  }
}
