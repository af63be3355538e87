package io.github.nuniesmith.fks.images.generator.build;

import io.github.nuniesmith.fks.images.dsl.AbsolutePath;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.Mount;
import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.Target;
import io.github.nuniesmith.fks.images.dsl.Variable;
import io.github.nuniesmith.fks.images.dsl.VirtualEnv;
import io.github.nuniesmith.fks.images.generator.ContentTags;
import io.github.nuniesmith.fks.images.generator.ContextFiles;
import io.github.nuniesmith.fks.images.generator.GeneratedFile;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.Wheels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Three base images shaped like the public notebook stack (docker-stacks): {@code foundation} takes
 * its base image, user and paths from build arguments, creates the user and a virtual environment it
 * owns, and drops to it; {@code notebook} goes back to root for apt, then installs a wheel as the
 * user; {@code scientific} installs another wheel as the user and runs a command as it. Tagged as the
 * stack tags: {@code latest} and a date, not the FKS scheme.
 */
final class UserHierarchy {
  static final Variable BASE_IMAGE = Variable.named("BASE_IMAGE");
  static final Variable NB_USER = Variable.named("NB_USER");
  static final Variable NB_UID = Variable.named("NB_UID");
  static final Variable NB_GID = Variable.named("NB_GID");
  static final Variable HOME = Variable.named("HOME");
  static final Variable VENV_DIR = Variable.named("VENV_DIR");

  /** The defaults of the build arguments, as the stack's foundation declares them. */
  static final String DEFAULT_USER = "jovyan";
  static final int DEFAULT_UID = 1000;
  static final int DEFAULT_GID = 100;
  /** What the build passes instead, so that every value the image shows must come from the arguments. */
  static final String USER = "scientist";
  static final int UID = 1010;
  /** Debian's {@code users} group, which useradd needs to exist. */
  static final int GID = 100;
  static final String VENV = "/opt/venv";
  /** The Debian package notebook installs as root, and the program it provides. */
  static final String APT_PACKAGE = "tini";
  static final String APT_BINARY = "/usr/bin/tini";
  /** The wheel each level installs as the user. */
  static final String NOTEBOOK_WHEEL = "nbtool";
  static final String SCIENTIFIC_WHEEL = "scitool";
  static final String REPOSITORY = "localhost/fks-hierarchy/";
  private static final PackageIndex WHEELS = PackageIndex.wheelhouse("wheels");

  /** One build of one image, in dependency order. */
  record Build(String image, Path dockerfile, Path context, String target, List<String> tags) {}

  final ImageSet set;
  final List<Build> builds = new ArrayList<>();
  /** The rendered files, as generate writes them. */
  final List<GeneratedFile> files = new ArrayList<>();

  private UserHierarchy(ImageSet set) {
    this.set = set;
  }

  /** The three images, in a set without a strategy (baseline policy). */
  static ImageSet define() {
    Image foundation = Image.builder("foundation", "hierarchy/foundation/Dockerfile", UserHierarchy.class)
        .arg(BASE_IMAGE, FixtureGraph.DEFAULT_PYTHON)
        .stage("foundation", s -> s.from(BASE_IMAGE)
            .arg(NB_USER, DEFAULT_USER)
            .arg(NB_UID, String.valueOf(DEFAULT_UID))
            .arg(NB_GID, String.valueOf(DEFAULT_GID))
            // ENV keeps the arguments for the images built on this one, as the stack does.
            .env(Map.of(NB_USER.name(), NB_USER.ref(), NB_UID.name(), NB_UID.ref(), NB_GID.name(), NB_GID.ref()))
            .env(Map.of(HOME.name(), "/home/" + NB_USER.ref(), VENV_DIR.name(), VENV))
            .comment("A raw RUN: CreateUser takes its name and ids as Java values, these come from build arguments.")
            .run("useradd --no-log-init --create-home --home-dir \"" + HOME.ref() + "\" --shell /bin/bash"
                + " --uid \"" + NB_UID.ref() + "\" --gid \"" + NB_GID.ref() + "\" \"" + NB_USER.ref() + "\" &&\n"
                + "install --directory --owner=\"" + NB_UID.ref() + "\" --group=\"" + NB_GID.ref() + "\" \""
                + VENV_DIR.ref() + "\"")
            .user(NB_UID.ref())
            // As the user: the environment it owns is created by it.
            .step(new VirtualEnv(AbsolutePath.of(VENV), "3.11", List.of()))
            .env("PATH", VENV_DIR.ref() + "/bin:${PATH}")
            .workdir(HOME.ref()))
        .publishTags("foundation", REPOSITORY + "foundation:latest", REPOSITORY + "foundation:2026-12-02")
        .build();
    Image notebook = Image.builder("notebook", "hierarchy/notebook/Dockerfile", UserHierarchy.class)
        .stage("notebook", s -> s.from(foundation, "foundation")
            .user("root")
            .apt(APT_PACKAGE)
            .user(NB_UID.ref())
            .pip(PipInstall.builder(NOTEBOOK_WHEEL + "==1.0").index(WHEELS).withoutCache()))
        .publishTags("notebook", REPOSITORY + "notebook:latest", REPOSITORY + "notebook:2026-12-02")
        .build();
    Image scientific = Image.builder("scientific", "hierarchy/scientific/Dockerfile", UserHierarchy.class)
        .stage("scientific", s -> s.from(notebook, "notebook")
            .pip(PipInstall.builder(SCIENTIFIC_WHEEL + "==1.0").index(WHEELS).withoutCache())
            .cmd("python", "-c", "import " + SCIENTIFIC_WHEEL + "; print(" + SCIENTIFIC_WHEEL + ".VALUE)"))
        .publishTags("scientific", REPOSITORY + "scientific:latest", REPOSITORY + "scientific:2026-12-02")
        .build();
    return ImageSet.builder().image(foundation).image(notebook).image(scientific).build();
  }

  /** The build arguments of foundation: the local Python as its base, and a user other than the defaults. */
  static Map<String, String> foundationArgs() {
    Map<String, String> args = new LinkedHashMap<>();
    args.put(BASE_IMAGE.name(), FixtureGraph.LOCAL_PYTHON);
    args.put(NB_USER.name(), USER);
    args.put(NB_UID.name(), String.valueOf(UID));
    args.put(NB_GID.name(), String.valueOf(GID));
    return args;
  }

  /** Writes the wheelhouse, the generated Dockerfiles and a context per image under {@code root}. */
  static UserHierarchy write(Path root) throws IOException {
    Path wheels = Files.createDirectories(root.resolve("wheels"));
    Wheels.write(wheels, NOTEBOOK_WHEEL, "1.0", List.of());
    Wheels.write(wheels, SCIENTIFIC_WHEEL, "1.0", List.of(NOTEBOOK_WHEEL + "==1.0"));
    UserHierarchy hierarchy = new UserHierarchy(define());
    Map<String, Path> contexts = new LinkedHashMap<>();
    for (Image image : hierarchy.set.images()) {
      Path context = Files.createDirectories(root.resolve("contexts").resolve(image.name()));
      Path copy = Files.createDirectories(context.resolve("wheels"));
      try (var files = Files.list(wheels)) {
        for (Path wheel : files.sorted().toList()) {
          Files.copy(wheel, copy.resolve(wheel.getFileName()));
        }
      }
      contexts.put(image.name(), context);
    }
    ContextFiles read = ContextFiles.read(contexts);
    // bookworm's buildah 1.28 hangs on a second RUN after one with two locked cache mounts.
    Generator generator = new Generator("src/test/java", "the hierarchy test renders it")
        .aptCacheSharing(Mount.Sharing.SHARED);
    ContentTags contentTags = generator.contentTags(hierarchy.set, read);
    Path generated = root.resolve("generated");
    hierarchy.files.addAll(generator.render(hierarchy.set, read));
    for (GeneratedFile file : hierarchy.files) {
      Path out = generated.resolve(file.path());
      Files.createDirectories(out.getParent());
      Files.writeString(out, file.content());
    }
    for (Image image : hierarchy.set.images()) {
      for (Target target : image.targets()) {
        // Children build FROM the parent's content tag; the human tags are built too, as CI pushes them.
        List<String> tags = new ArrayList<>(target.tags().stream().map(Object::toString).toList());
        contentTags.of(image.name(), target).ifPresent(t -> tags.add(t.toString()));
        hierarchy.builds.add(new Build(image.name(), generated.resolve(image.dockerfile().value()),
            contexts.get(image.name()), target.stage(), tags));
      }
    }
    return hierarchy;
  }
}
