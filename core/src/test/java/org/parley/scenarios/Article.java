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

  /** What the validator finds in {@code dataset} against the texts of these articles. */
  static java.util.List<org.parley.validate.Violation> violations(org.parley.model.Dataset dataset,
      Article... articles) {
    return org.parley.validate.Validator.builder().texts(texts(articles)).build().validate(dataset).violations();
  }

  /** The item of {@code reconciliation} with this key; the test fails if there is none. */
  static org.parley.reconcile.Item item(org.parley.reconcile.Reconciliation reconciliation, String key) {
    return reconciliation.items().stream().filter(i -> i.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no item " + key));
  }

  /** The items of the dataset's one negotiation's reconciliation, by key. */
  static Map<String, org.parley.reconcile.Item> items(org.parley.model.Dataset dataset) {
    Map<String, org.parley.reconcile.Item> items = new LinkedHashMap<>();
    org.parley.reconcile.Reconciler.reconcileAll(dataset).get(0).items().forEach(i -> items.put(i.key(), i));
    return items;
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
