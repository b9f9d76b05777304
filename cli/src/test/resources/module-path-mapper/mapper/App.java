package mapper;

import org.parley.json.ParleyModule;
import org.parley.model.ActorId;
import org.parley.model.Issue;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads Parley values with a mapper of its own, Parley's Jackson module added to it. */
public final class App {

  public static void main(String[] args) {
    JsonMapper mapper = JsonMapper.builder().addModule(new ParleyModule()).build();
    String json = mapper.writeValueAsString(Issue.SECURITY_GUARANTEES) + " " + mapper.writeValueAsString(ActorId.of("actor:oman"));
    Issue back = mapper.readValue(mapper.writeValueAsString(Issue.HOSTAGES), Issue.class);
    System.out.println(json + " " + back);
  }
}
