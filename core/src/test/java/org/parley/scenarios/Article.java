package org.parley.scenarios;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.model.Evidence;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;
import org.parley.validate.SourceText;
import org.parley.validate.SourceTexts;

/**
 * A short article written for a test, in the style of wire reporting, with its source record;
 * evidence is located in its text by {@link Evidence#locate}, so no offset is counted by hand.
 */
record Article(SourceId id, SourceKind kind, String text) {

  static Article of(String id, SourceKind kind, String text) {
    return new Article(SourceId.of(id), kind, text);
  }

  /** The passage where it occurs; the test fails if it is missing or ambiguous. */
  Evidence at(String passage) {
    return Evidence.locate(text, passage);
  }

  Source source() {
    return Source.builder().id(id).kind(kind).language("en").build();
  }

  /** The texts of these articles, for validation. */
  static SourceTexts texts(Article... articles) {
    Map<SourceId, SourceText> texts = new LinkedHashMap<>();
    for (Article a : articles) {
      texts.put(a.id(), SourceText.of(a.text()));
    }
    return SourceTexts.of(texts);
  }
}
