package io.github.nuniesmith.fks.images.fks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.ContextPath;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.blocks.StarterFile;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.generator.Executables;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.RepositoryLayout;
import io.github.nuniesmith.fks.images.generator.external.RequiredTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Each service's build context, {@code services/<name>/}, holds what its Dockerfile copies, and the
 * workflow and the bake file build each service from that folder. Derived from the definitions:
 * every service, whatever their number.
 */
class ServiceBuildContextsTest {
  /** The repository root, from this module's folder {@code src/}. */
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  private static final ImageSet SET = new FksImages().imageSet(Strategy.OPTION_1);
  private static final Pattern BAKE_TARGET = Pattern.compile("target \"([^\"]+)\" \\{\\n  context += \"([^\"]+)\"");

  @TempDir Path temp;

  private static Path context(Service service) {
    return REPOSITORY.resolve(RepositoryLayout.DEFAULT.serviceContexts()).resolve(service.name());
  }

  @Test
  void everyPathEachDockerfileCopiesFromItsContextIsInItsFolder() {
    Map<String, String> dockerfiles = new LinkedHashMap<>();
    new Generator("src/main/java", "./mvnw -Pgenerate").render(SET).forEach(f -> dockerfiles.put(f.path(), f.content()));
    List<String> absent = new ArrayList<>();
    for (Service service : Hierarchy.of(SET).services()) {
      List<String> copied = copiedFromContext(dockerfiles.get(service.dockerfile().value()));
      assertThat(copied).as("what the Dockerfile of service %s copies from its context", service.name())
          .containsExactlyElementsOf(service.copiedFromContext().stream().map(ContextPath::value).toList());
      copied.stream().filter(path -> !Files.exists(context(service).resolve(path)))
          .forEach(path -> absent.add(REPOSITORY.relativize(context(service).resolve(path)).toString()));
    }
    assertThat(absent).as("copied by a Dockerfile, absent from its context (run ./mvnw -Pgenerate)").isEmpty();
  }

  @Test
  void theWorkflowRebuildsEachServiceWhenItsFolderChanges() throws IOException {
    // The workflow builds through the bake file (checked below); its path filter decides what rebuilds.
    Map<String, String> contexts = new LinkedHashMap<>();
    Map<String, Object> workflow = new Yaml().load(Files.readString(REPOSITORY.resolve(".github/workflows/build-images.yml")));
    for (Object job : ((Map<?, ?>) workflow.get("jobs")).values()) {
      for (Object step : (List<?>) ((Map<?, ?>) job).get("steps")) {
        if (((Map<?, ?>) step).get("with") instanceof Map<?, ?> with && with.get("filters") instanceof String text) {
          Map<String, List<String>> filters = new Yaml().load(text);
          expectedContexts().keySet().forEach(service -> filters.getOrDefault(service, List.of()).stream()
              .filter(f -> f.endsWith("/**")).forEach(f -> contexts.put(service, f.substring(0, f.length() - 3))));
        }
      }
    }
    assertThat(contexts).containsExactlyInAnyOrderEntriesOf(expectedContexts());
  }

  @Test
  void theBakeFileBuildsEachServiceFromItsFolder() throws IOException {
    Matcher target = BAKE_TARGET.matcher(Files.readString(REPOSITORY.resolve("generated/docker-bake.hcl")));
    Map<String, String> contexts = new LinkedHashMap<>();
    while (target.find()) {
      contexts.put(target.group(1), target.group(2));
    }
    assertThat(contexts).containsAllEntriesOf(expectedContexts());
  }

  /** The starter app of every service answers the HEALTHCHECK's GET /health, and 404 otherwise. */
  @Test
  void theStarterAppAnswersHealth() throws IOException {
    String python = RequiredTool.HERE.require(Executables.onPath("python3"),
        "python3 is not on the PATH, so the starter app cannot be run; install it (apt-get install python3)");
    List<String> apps = Hierarchy.of(SET).services().stream().flatMap(s -> s.starterFiles().stream())
        .filter(f -> f.path().value().endsWith(".py")).map(StarterFile::text).distinct().toList();
    assertThat(apps).as("starter apps").isNotEmpty();
    for (String app : apps) {
      Files.writeString(temp.resolve("main.py"), app);
      Executables.Result result = Executables.run(temp, List.of(python, "-c", ASGI_CALLS, "main.py"));
      assertThat(result.stderr()).isEmpty();
      assertThat(result.stdout()).isEqualTo("""
          GET /health 200 {"status": "ok"}
          GET /other 404 {"detail": "not found"}
          POST /health 404 {"detail": "not found"}
          lifespan lifespan.startup.complete lifespan.shutdown.complete
          """);
    }
  }

  /** Calls the app of the file argv[1] as an ASGI server would, without one. */
  private static final String ASGI_CALLS = """
      import asyncio, importlib.util, sys
      spec = importlib.util.spec_from_file_location("main", sys.argv[1])
      main = importlib.util.module_from_spec(spec)
      spec.loader.exec_module(main)
      async def call(method, path):
          sent = []
          async def receive():
              return {"type": "http.request", "body": b"", "more_body": False}
          async def send(message):
              sent.append(message)
          await main.app({"type": "http", "method": method, "path": path, "headers": []}, receive, send)
          print(method, path, sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:]).decode())
      async def lifespan():
          inbox = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
          sent = []
          async def receive():
              return inbox.pop(0)
          async def send(message):
              sent.append(message["type"])
          await main.app({"type": "lifespan"}, receive, send)
          print("lifespan", *sent)
      for method, path in [("GET", "/health"), ("GET", "/other"), ("POST", "/health")]:
          asyncio.run(call(method, path))
      asyncio.run(lifespan())
      """;

  private static Map<String, String> expectedContexts() {
    Map<String, String> expected = new LinkedHashMap<>();
    Hierarchy.of(SET).services().forEach(s -> expected.put(s.name(), RepositoryLayout.DEFAULT.serviceContexts() + "/" + s.name()));
    return expected;
  }

  /** The sources of each COPY without --from: what the build reads from the context. */
  private static List<String> copiedFromContext(String dockerfile) {
    List<String> sources = new ArrayList<>();
    for (String line : dockerfile.lines().toList()) {
      if (line.startsWith("COPY ") && !line.contains("--from=")) {
        List<String> words = Arrays.stream(line.substring(5).trim().split(" +"))
            .filter(w -> !w.startsWith("--")).toList();
        sources.addAll(words.subList(0, words.size() - 1));
      }
    }
    return sources;
  }
}
