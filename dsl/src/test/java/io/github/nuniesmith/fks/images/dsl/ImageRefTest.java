package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImageRefTest {
  private static final String HEX = "9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651";
  private static final String FORM = "(write it as [registry/][namespace/]name[:tag][@sha256:<64 hex>])";

  @Test
  void parsesDockerHubOfficialImage() {
    ImageRef ref = ImageRef.parse("python:3.12-slim-trixie");

    assertThat(ref).isEqualTo(new ImageRef("", "", "python", "3.12-slim-trixie", ""));
    assertThat(ref.repository()).isEqualTo("python");
    assertThat(ref).hasToString("python:3.12-slim-trixie");
  }

  @Test
  void parsesNamespaceWithoutRegistry() {
    ImageRef ref = ImageRef.parse("nuniesmith/fks:docker-ml");

    assertThat(ref).isEqualTo(new ImageRef("", "nuniesmith", "fks", "docker-ml", ""));
    assertThat(ref).hasToString("nuniesmith/fks:docker-ml");
  }

  @Test
  void parsesRegistryWithPortAndNestedNamespace() {
    ImageRef ref = ImageRef.parse("registry.example.com:5000/team/sub/app:1.0");

    assertThat(ref).isEqualTo(new ImageRef("registry.example.com:5000", "team/sub", "app", "1.0", ""));
    assertThat(ref.repository()).isEqualTo("registry.example.com:5000/team/sub/app");
    assertThat(ref).hasToString("registry.example.com:5000/team/sub/app:1.0");
  }

  @Test
  void parsesLocalhostAsRegistry() {
    assertThat(ImageRef.parse("localhost/app:1")).isEqualTo(new ImageRef("localhost", "", "app", "1", ""));
    assertThat(ImageRef.parse("localhost:5000/app:1"))
        .isEqualTo(new ImageRef("localhost:5000", "", "app", "1", ""));
  }

  @Test
  void parsesTagAndDigest() {
    ImageRef ref = ImageRef.parse("ghcr.io/org/img:1.0@sha256:" + HEX);

    assertThat(ref).isEqualTo(new ImageRef("ghcr.io", "org", "img", "1.0", "sha256:" + HEX));
    assertThat(ref).hasToString("ghcr.io/org/img:1.0@sha256:" + HEX);
  }

  @Test
  void parsesDigestWithoutTag() {
    ImageRef ref = ImageRef.parse("python@sha256:" + HEX);

    assertThat(ref).isEqualTo(new ImageRef("", "", "python", "", "sha256:" + HEX));
    assertThat(ref).hasToString("python@sha256:" + HEX);
  }

  @Test
  void withTagReplacesTagAndDropsDigest() {
    ImageRef ref = ImageRef.parse("nuniesmith/fks:docker@sha256:" + HEX);

    assertThat(ref.withTag("docker-v1.0.0")).hasToString("nuniesmith/fks:docker-v1.0.0");
  }

  @Test
  void registryHostIsDockerHubWhenNoRegistryIsWritten() {
    assertThat(ImageRef.parse("nuniesmith/fks:docker").registryHost()).isEqualTo("docker.io");
    assertThat(ImageRef.parse("ghcr.io/org/app:1.0").registryHost()).isEqualTo("ghcr.io");
  }

  static Stream<Arguments> badReferences() {
    return Stream.of(
        arguments("Python:3.12", "image reference 'Python:3.12': image name 'Python' is invalid:"
            + " use lowercase letters, digits and . _ - " + FORM),
        arguments("Nuniesmith/fks:1", "image reference 'Nuniesmith/fks:1': namespace 'Nuniesmith' is invalid:"
            + " use lowercase letters, digits and . _ - separated by / " + FORM),
        arguments("python:", "image reference 'python:' has an empty tag after ':' " + FORM),
        arguments("python:-1", "image reference 'python:-1': tag '-1' is invalid: use up to 128 letters,"
            + " digits and _ . - not starting with . or - " + FORM),
        arguments("python:3.12@sha256:abc", "image reference 'python:3.12@sha256:abc': digest 'sha256:abc'"
            + " is invalid: use sha256: followed by 64 lowercase hex digits " + FORM),
        arguments("python:3.12@md5:" + HEX.substring(0, 32), "image reference 'python:3.12@md5:"
            + HEX.substring(0, 32) + "': digest 'md5:" + HEX.substring(0, 32)
            + "' is invalid: use sha256: followed by 64 lowercase hex digits " + FORM),
        arguments("::", "image reference '::' cannot be read: write it as"
            + " [registry/][namespace/]name[:tag][@sha256:<64 hex>]"),
        arguments("/python:1", "image reference '/python:1' has an empty path component: remove the extra / "
            + FORM),
        arguments("ghcr.io//img:1", "image reference 'ghcr.io//img:1' has an empty path component:"
            + " remove the extra / " + FORM),
        arguments("ghcr.io/:1", "image reference 'ghcr.io/:1': image name is empty: give a value " + FORM),
        arguments("my image:1", "image reference 'my image:1': image name 'my image' is invalid:"
            + " use lowercase letters, digits and . _ - " + FORM),
        arguments("python:3.12\n", "image reference 'python:3.12\\n' contains a control character"
            + " (newline, tab, ...): remove it"),
        arguments("", "image reference is empty: give a value"));
  }

  @ParameterizedTest
  @MethodSource("badReferences")
  void rejectsBadReference(String reference, String message) {
    assertThatThrownBy(() -> ImageRef.parse(reference))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsMissingReference() {
    assertThatThrownBy(() -> ImageRef.parse(null))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image reference is missing: give a value");
  }

  @Test
  void constructorRejectsBadRegistry() {
    assertThatThrownBy(() -> new ImageRef("bad_host!", "", "app", "1", ""))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("registry 'bad_host!' is invalid: use a host name with an optional :port");
  }

  @Test
  void acceptsNoTagLatestAndDateTagsAndSaysWhichMove() {
    assertThat(ImageRef.parse("python")).isEqualTo(new ImageRef("", "", "python", "", ""));
    assertThat(ImageRef.parse("python").movingTag()).isTrue();
    assertThat(ImageRef.parse("localhost:5000/img")).hasToString("localhost:5000/img");
    assertThat(ImageRef.parse("quay.io/jupyter/base-notebook:latest").movingTag()).isTrue();
    assertThat(ImageRef.parse("python:latest@sha256:" + HEX).movingTag()).isFalse();
    assertThat(ImageRef.parse("quay.io/jupyter/base-notebook:2024-01-15"))
        .isEqualTo(new ImageRef("quay.io", "jupyter", "base-notebook", "2024-01-15", ""));
    assertThat(ImageRef.parse("quay.io/jupyter/base-notebook:2024-01-15").movingTag()).isFalse();
  }
}
