package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceContextsTest {
  private static final Tier CPU = Tier.root(TierRole.CPU, "cpu", ServiceContextsTest.class)
      .python("3.12", "python:3.12-slim-trixie").publishAs("example/img:base", "1.0.0").build();
  private static final String APP = "async def app(scope, receive, send):\n    pass\n";

  @TempDir Path temp;

  private static Service.Builder service(String name) {
    return Service.builder(name, CPU, ServiceContextsTest.class).port(8000).command("python", "-m", "src.main");
  }

  /** A service with a requirements file and code, and a starter for each. */
  private static Service api() {
    return service("api").requirements("requirements.txt").starterFile("requirements.txt", "")
        .starterFile("src/main.py", APP).build();
  }

  private ServiceContexts contexts(Service... services) {
    return new ServiceContexts(temp.resolve("services"), "services", List.of(services));
  }

  /** Commits as {@link OutputSync#write} does, under the folders' locks. */
  @SuppressWarnings("try") // the lock is held for the block, not used in it
  private static void commit(OutputSync.Pending... pending) {
    try (OutputSync.Lock lock = OutputSync.lockFolders(
        java.util.Arrays.stream(pending).map(OutputSync.Pending::root).toList(), java.time.Duration.ofSeconds(10), m -> { })) {
      OutputSync.commit(List.of(pending));
    }
  }

  @Test
  void createsAMissingContextFromItsStarterFiles() throws IOException {
    ServiceContexts contexts = contexts(api());
    assertThat(contexts.compare().missing()).containsExactly("services/api/requirements.txt", "services/api/src");

    assertThat(OutputSync.write(Map.of(), List.of(contexts), false, m -> { }).created())
        .containsExactly("services/api/requirements.txt", "services/api/src/main.py");

    assertThat(temp.resolve("services/api/src/main.py")).hasContent(APP);
    assertThat(temp.resolve("services/api/requirements.txt")).isEmptyFile();
    assertThat(contexts.compare()).isEqualTo(new ContextDrift(List.of(), List.of(), List.of()));
  }

  @Test
  void leavesAnEditedContextByteIdentical() throws IOException {
    byte[] requirements = "fastapi==0.115.0\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] app = "from fastapi import FastAPI\napp = FastAPI()".getBytes(StandardCharsets.UTF_8);
    Files.createDirectories(temp.resolve("services/api/src"));
    Files.write(temp.resolve("services/api/requirements.txt"), requirements);
    Files.write(temp.resolve("services/api/src/app.py"), app);

    OutputSync.Pending pending = contexts(api()).prepare();
    commit(pending);

    assertThat(pending.writes()).isEmpty();
    assertThat(temp.resolve("services/api/requirements.txt")).hasBinaryContent(requirements);
    assertThat(temp.resolve("services/api/src/app.py")).hasBinaryContent(app);
    assertThat(temp.resolve("services/api/src/main.py")).doesNotExist();
  }

  @Test
  void createsOnlyWhatTheContextLacks() throws IOException {
    Files.createDirectories(temp.resolve("services/api"));
    Files.writeString(temp.resolve("services/api/requirements.txt"), "httpx==0.27.2\n");

    commit(contexts(api()).prepare());

    assertThat(temp.resolve("services/api/requirements.txt")).hasContent("httpx==0.27.2\n");
    assertThat(temp.resolve("services/api/src/main.py")).hasContent(APP);
  }

  @Test
  void reportsAFolderWhoseServiceWasRemovedAndNeverDeletesIt() throws IOException {
    Files.createDirectories(temp.resolve("services/old/src"));
    Files.writeString(temp.resolve("services/old/src/main.py"), APP);
    Files.createDirectories(temp.resolve("services/.venv"));
    ServiceContexts contexts = contexts(api());

    ContextDrift drift = contexts.compare();
    commit(contexts.prepare());

    assertThat(drift.orphans()).containsExactly("services/old");
    assertThat(drift.orphanWarnings()).containsExactly("services/old/ is the build context of no service (was its"
        + " service removed?): delete the folder, or define the service again; generate leaves it alone");
    assertThat(temp.resolve("services/old/src/main.py")).hasContent(APP);
  }

  @Test
  void reportsWhatIsMissingWithTheCommandThatCreatesIt() {
    ContextDrift drift = contexts(api(), service("worker").source("worker.py").build()).compare();

    assertThat(drift.isClean()).isFalse();
    assertThat(drift.withoutStarter()).containsExactly("services/worker/worker.py");
    assertThat(drift.report("./mvnw -Pgenerate")).isEqualTo("""
        Service build contexts lack what their Dockerfiles copy:
          missing: services/api/requirements.txt
          missing: services/api/src
          missing: services/worker/worker.py (its service gives no starter file for it: create it)
        To create them from their services' starter files, run: ./mvnw -Pgenerate
        """);
    assertThat(contexts(service("worker").build()).compare().report("./mvnw -Pgenerate")).isEqualTo("""
        Service build contexts lack what their Dockerfiles copy:
          missing: services/worker/src (its service gives no starter file for it: create it)
        """);
  }

  @Test
  void refusesToWriteThroughALink() throws IOException {
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Files.createDirectories(temp.resolve("services"));
    Files.createSymbolicLink(temp.resolve("services/api"), elsewhere);
    Files.delete(elsewhere);

    assertThatThrownBy(() -> contexts(api()).prepare())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot create services/api/requirements.txt: it goes through the link services/api, which may"
            + " leave services/; replace the link with a folder, or create the file by hand");
    assertThat(elsewhere).doesNotExist();
  }

  @Test
  void writesNothingWhenAnotherWriteOfTheSameCommitFails() throws IOException {
    Path blocked = Files.writeString(temp.resolve("blocked"), "a file, not a folder\n");
    OutputSync.Pending failing = new OutputSync.Pending(temp, new Drift(List.of(), List.of(), List.of(), List.of(), ""),
        Map.of(blocked.resolve("Dockerfile"), "FROM x\n"), List.of());

    assertThatThrownBy(() -> commit(contexts(api()).prepare(), failing))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(temp.resolve("services")).doesNotExist();
  }

  @Test
  void listsWhatAnInterruptedWriteLeftInTheContextsFolder() throws IOException {
    Files.createDirectories(temp.resolve("services/.fks-images"));
    Files.writeString(temp.resolve("services/.fks-images/0.new"), APP);

    assertThat(contexts(api()).leftovers()).containsExactly("services/.fks-images/", "services/.fks-images/0.new");
    assertThat(contexts(api()).compare().orphans()).isEmpty();
  }
}
