package io.github.nuniesmith.fks.images.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MountOptionsTest {
  @Test
  void sortsOptionsLowersKeysAndResolvesAliases() {
    assertThat(MountOptions.normalized("--mount=type=cache,DST=/a,Sharing=locked,ro"))
        .isEqualTo("--mount=readonly=true,sharing=locked,target=/a,type=cache");
    assertThat(MountOptions.normalized("--mount=src=x,destination=/y,rw=true"))
        .isEqualTo("--mount=readwrite=true,source=x,target=/y,type=bind");
  }

  @Test
  void readsAQuotedFieldWithCommasAsOneOption() {
    assertThat(MountOptions.normalized("--mount=type=bind,\"source=a,b\",target=/c"))
        .isEqualTo("--mount=source=a,b,target=/c,type=bind");
  }

  @Test
  void readsSourcesAndTargetsWithoutDotSegmentsAndABindWithoutTargetAtTheWorkdir() {
    assertThat(MountOptions.normalized("--mount=type=bind,src=./docker/a.sh,target=/opt/./a.sh"))
        .isEqualTo("--mount=source=docker/a.sh,target=/opt/a.sh,type=bind");
    assertThat(MountOptions.normalized("--mount=from=binaries")).isEqualTo("--mount=from=binaries,target=.,type=bind");
    assertThat(MountOptions.options("from=binaries")).containsEntry("target", ".");
    assertThat(MountOptions.options("type=cache,target=../x")).containsEntry("target", "../x");
  }

  @Test
  void leavesOtherFlagsAlone() {
    assertThat(MountOptions.normalized("--network=none")).isEqualTo("--network=none");
  }
}
