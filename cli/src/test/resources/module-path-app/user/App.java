package user;

import org.parley.json.ParleyJson;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.validate.Validator;

/** Builds a dataset, writes and reads it as JSON, validates it: Parley used from a named module. */
public final class App {

  public static void main(String[] args) {
    Dataset dataset = Dataset.builder()
        .addActors(Actor.builder().id(ActorId.of("actor:oman")).kind(ActorKind.STATE).name("Oman").build())
        .build();
    String json = ParleyJson.standard().write(dataset);
    Dataset back = ParleyJson.standard().read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    System.out.println(back.equals(dataset) + " " + Validator.standard().validate(back));
  }
}
