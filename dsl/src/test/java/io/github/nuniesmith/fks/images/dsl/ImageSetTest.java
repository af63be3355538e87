package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageSetTest {
  private static final String SHA = "9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651";

  private static Tier.Builder cpu() {
    return Tier.root(TierRole.CPU, "cpu", ImageSetTest.class)
        .python("3.12", "python:3.12-slim-trixie")
        .publishAs("nuniesmith/fks:docker", "1.0.0");
  }

  private static Tier.Builder ml(Tier parent) {
    return Tier.on(parent, TierRole.ML, "ml", ImageSetTest.class).publishAs("nuniesmith/fks:docker-ml", "1.0.0");
  }

  private static Tier.Builder gpu(Tier parent) {
    return Tier.on(parent, TierRole.GPU, "gpu", ImageSetTest.class).publishAs("nuniesmith/fks:docker-gpu", "1.0.0");
  }

  private static Service service(String name, Tier tier) {
    return Service.builder(name, tier, ImageSetTest.class).port(8000).command("python", "-m", "app").build();
  }

  private static SourceBuild taLibC(String version) {
    return SourceBuild.tarball("ta-lib", version)
        .url("https://downloads.sourceforge.net/project/ta-lib/ta-lib-" + version + "-src.tar.gz")
        .sha256(SHA)
        .build();
  }

  private static Image image(String name, String dockerfile, String from, String publishes) {
    Image.Builder b = Image.builder(name, dockerfile, ImageSetTest.class).stage("run", s -> s.from(from));
    return (publishes == null ? b : b.publish("run", publishes, "1.0.0")).build();
  }

  @Test
  void buildsTiersParentsFirstThenImagesThenServices() {
    Tier cpu = cpu().build();
    Tier ml = ml(cpu).build();

    ImageSet set = ImageSet.builder(Strategy.OPTION_1)
        .service(service("api", cpu))
        .tier(ml)
        .tier(cpu)
        .image(image("tools", "docker/Dockerfile.tools", "python:3.12-slim", null))
        .build();

    assertThat(set.strategy()).contains(Strategy.OPTION_1);
    assertThat(set.tiers()).extracting(Tier::name).containsExactly("cpu", "ml");
    assertThat(set.services()).extracting(Service::name).containsExactly("api");
    assertThat(set.images()).extracting(Image::name).containsExactly("cpu", "ml", "tools", "api");
    assertThat(set.image("tools")).map(Image::dockerfile).contains(ContextPath.of("docker/Dockerfile.tools"));
    assertThat(set.image("missing")).isEmpty();
  }

  @Test
  void rejectsTierWhoseParentIsNotInTheSet() {
    Tier cpu = cpu().build();

    assertThatThrownBy(() -> ImageSet.builder(Strategy.OPTION_1).tier(ml(cpu).build()).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier ml: builds on tier 'cpu', which is not in this image set: add it with tier(...)");
  }

  @Test
  void rejectsImageBuildingOnAnImageNotInTheSet() {
    Image parent = image("base", "Dockerfile.base", "python:3.12-slim", "nuniesmith/base:1");
    Image child = Image.builder("child", "Dockerfile.child", ImageSetTest.class)
        .stage("run", s -> s.from(parent, "run")).build();

    assertThatThrownBy(() -> ImageSet.builder(Strategy.OPTION_1).image(child).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image child / stage run: builds on image 'base', which is not in this image set:"
            + " add it with image(...)");
    assertThat(ImageSet.builder(Strategy.OPTION_1).image(parent).image(child).build().images()).hasSize(2);
  }

  @Test
  void rejectsServiceOnTierNotInTheSet() {
    Tier cpu = cpu().build();
    Tier ml = ml(cpu).build();

    assertThatThrownBy(() -> ImageSet.builder(Strategy.OPTION_1).tier(cpu).service(service("ai", ml)).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service ai: builds on tier 'ml', which is not in this image set: add it with tier(...)");
  }

  @Test
  void rejectsDuplicateServiceNames() {
    Tier cpu = cpu().build();

    assertThatThrownBy(() -> ImageSet.builder(Strategy.OPTION_1)
        .tier(cpu).service(service("api", cpu)).service(service("api", cpu)).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api: is defined twice, or has the name of a tier or image: give each service its own"
            + " name");
  }

  @Test
  void rejectsServiceNamedLikeATier() {
    Tier cpu = cpu().build();

    assertThatThrownBy(() -> ImageSet.builder(Strategy.OPTION_1).tier(cpu).service(service("cpu", cpu)).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service cpu: is defined twice, or has the name of a tier or image: give each service its own"
            + " name");
  }

  @Test
  void rejectsDuplicateTierNames() {
    Tier cpu = cpu().build();
    Tier otherCpu = Tier.root(TierRole.ML, "cpu", ImageSetTest.class)
        .python("3.12", "python:3.12-slim").publishAs("nuniesmith/fks:other", "1.0.0").build();

    assertThatThrownBy(() -> ImageSet.builder(Strategy.OPTION_1).tier(cpu).tier(otherCpu).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu: is defined twice: give each tier its own name");
  }

  @Test
  void rejectsTwoTiersWithOneRole() {
    Tier cpu = cpu().build();
    Tier cpu2 = Tier.root(TierRole.CPU, "cpu2", ImageSetTest.class)
        .python("3.12", "python:3.12-slim").publishAs("nuniesmith/fks:docker2", "1.0.0").build();

    assertThatThrownBy(() -> ImageSet.builder(Strategy.OPTION_1).tier(cpu).tier(cpu2).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu2: has the role CPU of another tier: one tier per role");
  }

  @Test
  void rejectsImageNamedLikeATier() {
    assertThatThrownBy(() -> ImageSet.builder(Strategy.OPTION_1)
        .tier(cpu().build()).image(image("cpu", "docker/Dockerfile.other", "python:3.12", null)).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image cpu: has the name of a tier or of another image: rename it");
  }

  @Test
  void rejectsAStageNamingATagTheSetPublishes() {
    Image x = image("x", "docker/Dockerfile.x", "python:3.12-slim", "nuniesmith/x:edge");
    Image y = image("y", "docker/Dockerfile.y", "nuniesmith/x:edge-v1.0.0", null);

    assertThatThrownBy(() -> ImageSet.builder(Strategy.OPTION_1).image(x).image(y).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image y / stage run: starts from 'nuniesmith/x:edge-v1.0.0', which image 'x' of this set"
            + " publishes: build on it with from(image, \"run\"), so that the workflow, the bake file and rebuild"
            + " plans see the edge");
  }

  @Test
  void rejectsImagesThatWouldBuildOnEachOtherThroughTheirTags() {
    Image x = image("x", "docker/Dockerfile.x", "nuniesmith/y:edge-v1.0.0", "nuniesmith/x:edge");
    Image y = image("y", "docker/Dockerfile.y", "nuniesmith/x:edge", "nuniesmith/y:edge");

    assertThatThrownBy(() -> ImageSet.builder(Strategy.OPTION_1).image(x).image(y).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessageStartingWith("image x / stage run: starts from 'nuniesmith/y:edge-v1.0.0', which image 'y'");
  }

  @Test
  void acceptsAnImageBuildingOnAnotherThroughItsTarget() {
    Image x = image("x", "docker/Dockerfile.x", "python:3.12-slim", "nuniesmith/x:edge");
    Image y = Image.builder("y", "docker/Dockerfile.y", ImageSetTest.class).stage("run", s -> s.from(x, "run")).build();

    assertThat(ImageSet.builder(Strategy.OPTION_1).image(x).image(y).build().images())
        .extracting(Image::name).containsExactly("x", "y");
  }

  @Test
  void rejectsTwoImagesWritingOneDockerfile() {
    assertThatThrownBy(() -> ImageSet.builder(Strategy.OPTION_1)
        .tier(cpu().build()).image(image("tools", "docker/Dockerfile.cpu", "python:3.12", null)).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image tools: writes docker/Dockerfile.cpu, as image cpu does: give each image its own"
            + " Dockerfile");
  }

  @Test
  void rejectsImageWritingAServicesDockerfile() {
    Tier cpu = cpu().build();

    assertThatThrownBy(() -> ImageSet.builder(Strategy.OPTION_1).tier(cpu).service(service("api", cpu))
        .image(image("tools", "services/api/Dockerfile", "python:3.12", null)).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image api: writes services/api/Dockerfile, as image tools does: give each image its own"
            + " Dockerfile");
  }

  @Test
  void rejectsPackagePinnedDifferentlyInParentAndChild() {
    Tier cpu = cpu().pip("numpy==1.26.4").build();
    Tier ml = ml(cpu).pip("NumPy==2.0.0").build();

    assertThatThrownBy(() -> ImageSet.builder(Strategy.OPTION_1).tier(cpu).tier(ml).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier ml / pip 'NumPy': pins 'NumPy==2.0.0', but tier cpu below it pins 'numpy==1.26.4':"
            + " pin the package in one tier only");
  }

  @Test
  void rejectsPackagePinnedInGrandparentAndRangedInChild() {
    Tier cpu = cpu().pip("numpy==1.26.4").build();
    Tier ml = ml(cpu).build();
    Tier gpu = gpu(ml).pip("numpy>=1.26").build();

    assertThatThrownBy(() -> ImageSet.builder(Strategy.OPTION_1).tier(cpu).tier(ml).tier(gpu).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier gpu / pip 'numpy': pins 'numpy>=1.26', but tier cpu below it pins 'numpy==1.26.4':"
            + " pin the package in one tier only");
  }

  @Test
  void acceptsSamePinInParentAndChild() {
    Tier cpu = cpu().pip("numpy==1.26.4").build();
    Tier ml = ml(cpu).pip("numpy==1.26.4").build();

    assertThatCode(() -> ImageSet.builder(Strategy.OPTION_1).tier(cpu).tier(ml).build()).doesNotThrowAnyException();
  }

  @Test
  void acceptsSameReleaseWithAnotherLocalLabel() {
    Tier cpu = cpu().build();
    Tier ml = ml(cpu).pip(PipInstall.builder("torch==2.8.0+cpu").index(PackageIndex.PYTORCH_CPU).build()).build();
    Tier gpu = gpu(ml).pip(PipInstall.builder("torch==2.8.0+cu128").index(PackageIndex.PYTORCH_CU128).build())
        .build();

    ImageSet set = ImageSet.builder(Strategy.OPTION_1).tier(cpu).tier(ml).tier(gpu).build();

    assertThat(set.tiers()).extracting(Tier::name).containsExactly("cpu", "ml", "gpu");
  }

  @Test
  void leavesTaLibAndTorchReleasesToTheStrictPolicy() {
    Tier cpu = cpu().sourceBuild(taLibC("0.4.0")).pip("torch==2.8.0", "torchvision==0.22.0").build();
    Tier ml = ml(cpu).pip("TA-Lib==0.6.4").build();

    assertThat(ImageSet.builder(Strategy.OPTION_1).tier(cpu).tier(ml).build().tiers()).hasSize(2);
  }

  @Test
  void aSetWithoutTiersNeedsNoStrategyAndIsHeldToTheBaseline() {
    ImageSet set = ImageSet.builder().image(image("tools", "Dockerfile", "debian:trixie-slim", null)).build();

    assertThat(set.strategy()).isEmpty();
    assertThat(set.policy()).isEqualTo(Policy.BASELINE);
    assertThat(set.withPolicy(Policy.STRICT).policy()).isEqualTo(Policy.STRICT);
    assertThat(ImageSet.builder(Strategy.OPTION_1).tier(cpu().build()).build().policy()).isEqualTo(Policy.STRICT);
    assertThat(ImageSet.builder(Strategy.OPTION_1).tier(cpu().build()).policy(Policy.BASELINE).build().policy())
        .isEqualTo(Policy.BASELINE);
  }

  @Test
  void tiersNeedAStrategy() {
    assertThatThrownBy(() -> ImageSet.builder().tier(cpu().build()).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("has tiers but no strategy to wire them: start it with ImageSet.builder(Strategy.OPTION_1)");
  }

  @Test
  void platformsAreChosenPerImageWithASetDefault() {
    Image tools = image("tools", "docker/Dockerfile.tools", "debian:trixie-slim", null);
    Image app = image("app", "docker/Dockerfile.app", "debian:trixie-slim", null);

    ImageSet set = ImageSet.builder().platforms("linux/amd64", "linux/arm64").platformsFor("app", "linux/arm64/v8")
        .image(tools).image(app).build();

    assertThat(set.platforms(tools)).containsExactly("linux/amd64", "linux/arm64");
    assertThat(set.platforms(app)).containsExactly("linux/arm64/v8");
    assertThat(ImageSet.builder().image(tools).build().platforms(tools)).isEqualTo(ImageSet.DEFAULT_PLATFORMS);
  }

  @Test
  void refusesBadPlatforms() {
    Image tools = image("tools", "Dockerfile", "debian:trixie-slim", null);
    assertThatThrownBy(() -> ImageSet.builder().platforms("amd64"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("platform 'amd64' is invalid: write os/arch[/variant] such as linux/amd64 or linux/arm64/v8");
    assertThatThrownBy(() -> ImageSet.builder().platforms("linux/amd64", "linux/amd64"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("platforms lists a platform twice: keep one");
    assertThatThrownBy(() -> ImageSet.builder().platformsFor("tool", "linux/amd64").image(tools).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("sets platforms for 'tool', which is no image, tier or service of this set: use one of [tools]");
  }

  @Test
  void rejectsDockerfilePathsThatDifferOnlyInCase() {
    assertThatThrownBy(() -> ImageSet.builder(Strategy.OPTION_1).tier(cpu().build())
        .image(image("tools", "docker/dockerfile.CPU", "python:3.12", null)).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image tools: writes docker/dockerfile.CPU and image cpu writes docker/Dockerfile.cpu:"
            + " paths that differ only in case are one file on macOS and Windows, rename one");
  }

  @Test
  void rejectsDockerfilePathThatIsTheFolderOfAnother() {
    Tier cpu = cpu().build();

    assertThatThrownBy(() -> ImageSet.builder(Strategy.OPTION_1).tier(cpu).service(service("api", cpu))
        .image(image("tools", "services/api", "python:3.12", null)).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image api: writes services/api/Dockerfile and image tools writes services/api: one would"
            + " need to be a file and a folder at once, rename one");
  }
}
