package io.github.nuniesmith.fks.images.dsl.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.ContextPath;
import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import io.github.nuniesmith.fks.images.dsl.From;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.Policy;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import org.junit.jupiter.api.Test;

class HierarchyTest {
  private static final String SHA = "9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651";

  private static Tier.Builder cpu() {
    return Tier.root(TierRole.CPU, "cpu", HierarchyTest.class)
        .python("3.12", "python:3.12-slim-trixie")
        .publishAs("nuniesmith/fks:docker", "1.0.0");
  }

  private static Tier.Builder ml(Tier parent) {
    return Tier.on(parent, TierRole.ML, "ml", HierarchyTest.class).publishAs("nuniesmith/fks:docker-ml", "1.0.0");
  }

  private static Tier.Builder gpu(Tier parent) {
    return Tier.on(parent, TierRole.GPU, "gpu", HierarchyTest.class).publishAs("nuniesmith/fks:docker-gpu", "1.0.0");
  }

  private static Service service(String name, Tier tier) {
    return Service.builder(name, tier, HierarchyTest.class).port(8000).command("python", "-m", "app").build();
  }

  private static SourceBuild taLibC(String version) {
    return SourceBuild.tarball("ta-lib", version)
        .url("https://downloads.sourceforge.net/project/ta-lib/ta-lib-" + version + "-src.tar.gz")
        .sha256(SHA)
        .build();
  }

  private static Image image(String name, String dockerfile, String from, String publishes) {
    Image.Builder b = Image.builder(name, dockerfile, HierarchyTest.class).stage("run", s -> s.from(from));
    return (publishes == null ? b : b.publish("run", publishes, "1.0.0")).build();
  }

  @Test
  void buildsTiersParentsFirstThenImagesThenServices() {
    Tier cpu = cpu().build();
    Tier ml = ml(cpu).build();

    ImageSet set = Hierarchy.builder(Strategy.OPTION_1)
        .service(service("api", cpu))
        .tier(ml)
        .tier(cpu)
        .image(image("tools", "docker/Dockerfile.tools", "python:3.12-slim", null))
        .build();

    assertThat(Hierarchy.of(set).strategy()).contains(Strategy.OPTION_1);
    assertThat(Hierarchy.of(set).tiers()).extracting(Tier::name).containsExactly("cpu", "ml");
    assertThat(Hierarchy.of(set).services()).extracting(Service::name).containsExactly("api");
    assertThat(set.images()).extracting(Image::name).containsExactly("cpu", "ml", "tools", "api");
    assertThat(set.image("tools")).map(Image::dockerfile).contains(ContextPath.of("docker/Dockerfile.tools"));
    assertThat(set.image("missing")).isEmpty();
  }

  @Test
  void rejectsTierWhoseParentIsNotInTheSet() {
    Tier cpu = cpu().build();

    assertThatThrownBy(() -> Hierarchy.builder(Strategy.OPTION_1).tier(ml(cpu).build()).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier ml: builds on tier 'cpu', which is not in this image set: add it with tier(...)");
  }

  @Test
  void rejectsServiceOnTierNotInTheSet() {
    Tier cpu = cpu().build();
    Tier ml = ml(cpu).build();

    assertThatThrownBy(() -> Hierarchy.builder(Strategy.OPTION_1).tier(cpu).service(service("ai", ml)).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service ai: builds on tier 'ml', which is not in this image set: add it with tier(...)");
  }

  @Test
  void rejectsDuplicateServiceNames() {
    Tier cpu = cpu().build();

    assertThatThrownBy(() -> Hierarchy.builder(Strategy.OPTION_1)
        .tier(cpu).service(service("api", cpu)).service(service("api", cpu)).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api: is defined twice, or has the name of a tier or image: give each service its own"
            + " name");
  }

  @Test
  void rejectsServiceNamedLikeATier() {
    Tier cpu = cpu().build();

    assertThatThrownBy(() -> Hierarchy.builder(Strategy.OPTION_1).tier(cpu).service(service("cpu", cpu)).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service cpu: is defined twice, or has the name of a tier or image: give each service its own"
            + " name");
  }

  @Test
  void rejectsDuplicateTierNames() {
    Tier cpu = cpu().build();
    Tier otherCpu = Tier.root(TierRole.ML, "cpu", HierarchyTest.class)
        .python("3.12", "python:3.12-slim").publishAs("nuniesmith/fks:other", "1.0.0").build();

    assertThatThrownBy(() -> Hierarchy.builder(Strategy.OPTION_1).tier(cpu).tier(otherCpu).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu: is defined twice: give each tier its own name");
  }

  @Test
  void rejectsTwoTiersWithOneRole() {
    Tier cpu = cpu().build();
    Tier cpu2 = Tier.root(TierRole.CPU, "cpu2", HierarchyTest.class)
        .python("3.12", "python:3.12-slim").publishAs("nuniesmith/fks:docker2", "1.0.0").build();

    assertThatThrownBy(() -> Hierarchy.builder(Strategy.OPTION_1).tier(cpu).tier(cpu2).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu2: has the role CPU of another tier: one tier per role");
  }

  @Test
  void rejectsImageNamedLikeATier() {
    assertThatThrownBy(() -> Hierarchy.builder(Strategy.OPTION_1)
        .tier(cpu().build()).image(image("cpu", "docker/Dockerfile.other", "python:3.12", null)).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image cpu: has the name of a tier or of another image: rename it");
  }

  @Test
  void rejectsTwoImagesWritingOneDockerfile() {
    assertThatThrownBy(() -> Hierarchy.builder(Strategy.OPTION_1)
        .tier(cpu().build()).image(image("tools", "docker/Dockerfile.cpu", "python:3.12", null)).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image tools: writes docker/Dockerfile.cpu, as image cpu does: give each image its own"
            + " Dockerfile");
  }

  @Test
  void rejectsImageWritingAServicesDockerfile() {
    Tier cpu = cpu().build();

    assertThatThrownBy(() -> Hierarchy.builder(Strategy.OPTION_1).tier(cpu).service(service("api", cpu))
        .image(image("tools", "services/api/Dockerfile", "python:3.12", null)).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image api: writes services/api/Dockerfile, as image tools does: give each image its own"
            + " Dockerfile");
  }

  @Test
  void rejectsPackagePinnedDifferentlyInParentAndChild() {
    Tier cpu = cpu().pip("numpy==1.26.4").build();
    Tier ml = ml(cpu).pip("NumPy==2.0.0").build();

    assertThatThrownBy(() -> Hierarchy.builder(Strategy.OPTION_1).tier(cpu).tier(ml).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier ml / pip 'NumPy': pins 'NumPy==2.0.0', but tier cpu below it pins 'numpy==1.26.4':"
            + " pin the package in one tier only");
  }

  @Test
  void rejectsPackagePinnedInGrandparentAndRangedInChild() {
    Tier cpu = cpu().pip("numpy==1.26.4").build();
    Tier ml = ml(cpu).build();
    Tier gpu = gpu(ml).pip("numpy>=1.26").build();

    assertThatThrownBy(() -> Hierarchy.builder(Strategy.OPTION_1).tier(cpu).tier(ml).tier(gpu).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier gpu / pip 'numpy': pins 'numpy>=1.26', but tier cpu below it pins 'numpy==1.26.4':"
            + " pin the package in one tier only");
  }

  @Test
  void acceptsSamePinInParentAndChild() {
    Tier cpu = cpu().pip("numpy==1.26.4").build();
    Tier ml = ml(cpu).pip("numpy==1.26.4").build();

    assertThatCode(() -> Hierarchy.builder(Strategy.OPTION_1).tier(cpu).tier(ml).build()).doesNotThrowAnyException();
  }

  @Test
  void acceptsSameReleaseWithAnotherLocalLabel() {
    Tier cpu = cpu().build();
    Tier ml = ml(cpu).pip(PipInstall.builder("torch==2.8.0+cpu").index(PackageIndex.PYTORCH_CPU).build()).build();
    Tier gpu = gpu(ml).pip(PipInstall.builder("torch==2.8.0+cu128").index(PackageIndex.PYTORCH_CU128).build())
        .build();

    ImageSet set = Hierarchy.builder(Strategy.OPTION_1).tier(cpu).tier(ml).tier(gpu).build();

    assertThat(Hierarchy.of(set).tiers()).extracting(Tier::name).containsExactly("cpu", "ml", "gpu");
  }

  @Test
  void leavesTaLibAndTorchReleasesToTheStrictPolicy() {
    Tier cpu = cpu().sourceBuild(taLibC("0.4.0")).pip("torch==2.8.0", "torchvision==0.22.0").build();
    Tier ml = ml(cpu).pip("TA-Lib==0.6.4").build();

    assertThat(Hierarchy.of(Hierarchy.builder(Strategy.OPTION_1).tier(cpu).tier(ml).build()).tiers()).hasSize(2);
  }

  @Test
  void rejectsDockerfilePathsThatDifferOnlyInCase() {
    assertThatThrownBy(() -> Hierarchy.builder(Strategy.OPTION_1).tier(cpu().build())
        .image(image("tools", "docker/dockerfile.CPU", "python:3.12", null)).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image tools: writes docker/dockerfile.CPU and image cpu writes docker/Dockerfile.cpu:"
            + " paths that differ only in case are one file on macOS and Windows, rename one");
  }

  @Test
  void rejectsDockerfilePathThatIsTheFolderOfAnother() {
    Tier cpu = cpu().build();

    assertThatThrownBy(() -> Hierarchy.builder(Strategy.OPTION_1).tier(cpu).service(service("api", cpu))
        .image(image("tools", "services/api", "python:3.12", null)).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image api: writes services/api/Dockerfile and image tools writes services/api: one would"
            + " need to be a file and a folder at once, rename one");
  }

  @Test
  void aHierarchyWithTiersIsHeldToTheStrictPolicyUnlessItNamesOne() {
    assertThat(Hierarchy.builder(Strategy.OPTION_1).tier(cpu().build()).build().policy()).isEqualTo(Policy.STRICT);
    assertThat(Hierarchy.builder(Strategy.OPTION_1).tier(cpu().build()).policy(Policy.BASELINE).build().policy())
        .isEqualTo(Policy.BASELINE);
    assertThat(Hierarchy.builder(Strategy.OPTION_1).image(image("tools", "Dockerfile", "debian:trixie-slim", null))
        .build().policy()).isEqualTo(Policy.BASELINE);
  }

  @Test
  void aSetBuiltWithoutTiersHasAnEmptyHierarchy() {
    Hierarchy none = Hierarchy.of(ImageSet.builder().image(image("tools", "Dockerfile", "debian:trixie-slim", null))
        .build());

    assertThat(none.strategy()).isEmpty();
    assertThat(none.tiers()).isEmpty();
    assertThat(none.services()).isEmpty();
  }

  @Test
  void aServiceFindsItsTierByValueWhenTheTierWasBuiltTwice() {
    ImageSet set = Hierarchy.builder(Strategy.OPTION_1).tier(cpu().build()).service(service("api", cpu().build()))
        .build();

    assertThat(Hierarchy.of(set).services()).extracting(s -> s.tier().name()).containsExactly("cpu");
    assertThat(set.image("api").orElseThrow().stages().get(0).from())
        .isEqualTo(new From.Published(set.image("cpu").orElseThrow(), "builder"));
  }

  @Test
  void aBuilderBuildsAsOftenAsAsked() {
    Hierarchy.Builder builder = Hierarchy.builder(Strategy.OPTION_1).tier(cpu().build()).platforms("linux/arm64");

    ImageSet first = builder.build();
    ImageSet second = builder.build();

    assertThat(second.images()).extracting(Image::name).isEqualTo(first.images().stream().map(Image::name).toList());
    assertThat(second.platforms(second.image("cpu").orElseThrow())).containsExactly("linux/arm64");
  }

  @Test
  void servicesOnATierTheStrategyDoesNotRewireKeepTheirInstance() {
    Tier cpu = cpu().build();
    Tier ml = ml(cpu).build();
    Service api = service("api", ml);

    ImageSet set = Hierarchy.builder(Strategy.OPTION_1).tier(cpu).tier(ml).service(api).build();

    assertThat(Hierarchy.of(set).services().get(0)).isSameAs(api);
    assertThat(Hierarchy.of(set).tiers().get(1)).isSameAs(ml);
  }
}
