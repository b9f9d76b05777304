package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.json.internal.format.FieldName;
import org.parley.json.internal.format.Fields;
import org.parley.model.Dataset;
import org.parley.testing.Fixtures;
import org.parley.testing.RandomDatasets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The writer writes each object's fields in the order {@link Fields} lists them, so the one table
 * describes what is written as well as what is read, and every name it writes is a {@link FieldName}.
 */
class WritingOrderTest {

  private static final List<Fields> TYPES = types();

  private static List<Fields> types() {
    List<Fields> types = new ArrayList<>();
    for (Field f : Fields.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Fields.class) {
        try {
          types.add((Fields) f.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return types;
  }

  /** The objects whose fields no type lists in the order written, by their path. */
  private static void outOfOrder(JsonNode node, String path, List<String> found) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        outOfOrder(node.get(i), path + "/" + i, found);
      }
    }
    if (!node.isObject()) {
      return;
    }
    List<String> names = new ArrayList<>(node.propertyNames());
    boolean fits = TYPES.stream().anyMatch(type -> inOrder(type, names));
    if (!fits) {
      found.add(path + " " + names);
    }
    names.forEach(n -> outOfOrder(node.get(n), path + "/" + n, found));
  }

  private static boolean inOrder(Fields type, List<String> names) {
    int last = -1;
    for (String name : names) {
      int at = type.indexOf(name);
      if (at <= last) {
        return false;
      }
      last = at;
    }
    return true;
  }

  @Test
  void writesEveryObjectInTheOrderItsTypeLists() {
    JsonMapper mapper = JsonMapper.builder().build();
    List<String> found = new ArrayList<>();
    List<Dataset> datasets = new ArrayList<>(List.of(Fixtures.dataset(), Fixtures.everyClaimType()));
    for (long seed = 0; seed < 50; seed++) {
      datasets.add(RandomDatasets.of(seed));
    }
    for (Dataset dataset : datasets) {
      outOfOrder(mapper.readTree(ParleyJson.standard().write(dataset)), "", found);
    }
    assertThat(found).isEmpty();
  }

  @Test
  void everyNameATypeListsIsAFieldNameAndEveryFieldNameIsListed() {
    Set<FieldName> listed = new HashSet<>();
    TYPES.forEach(t -> listed.addAll(List.of(t.fields)));
    assertThat(listed).containsExactlyInAnyOrder(FieldName.values());
    assertThat(TYPES).hasSize(34);
  }
}
