package io.github.nuniesmith.fks.images.fks;

import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;

/**
 * The CPU base, {@code nuniesmith/fks:docker}: Python 3.12, the TA-Lib C library built from source,
 * build tools, OpenBLAS and LAPACK, and pip's own tooling. Every other image builds on it.
 */
public final class CpuBase {
  /**
   * TA-Lib C 0.4.0: the release whose checksum is published and corroborated. It goes with the
   * Python package TA-Lib 0.4.x/0.5.x (the C library was renamed in 0.6.1); see {@link MlBase}.
   */
  static final SourceBuild TA_LIB = SourceBuild.tarball("ta-lib", "0.4.0")
      .url("https://downloads.sourceforge.net/project/ta-lib/ta-lib/0.4.0/ta-lib-0.4.0-src.tar.gz")
      .sha256("9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651")
      .build();

  /** The tier. */
  public static final Tier TIER = Tier.root(TierRole.CPU, "cpu", CpuBase.class)
      .dockerfile("docker/Dockerfile.builder")
      .python("3.12", "python:3.12-slim-trixie")
      .publishAs(Fks.REPOSITORY + ":docker", Fks.VERSION)
      .buildPackages("autoconf", "automake", "build-essential", "cmake", "libtool", "pkg-config",
          "libopenblas-dev", "liblapack-dev")
      .runtimePackages("libopenblas0", "liblapack3")
      .sourceBuild(TA_LIB)
      .pip(Pins.Cpu.PIP, Pins.Cpu.SETUPTOOLS, Pins.Cpu.WHEEL)
      .label("org.opencontainers.image.source", Fks.SOURCE)
      .label("org.opencontainers.image.description",
          "FKS CPU base: Python 3.12, TA-Lib C, OpenBLAS/LAPACK; the builder target adds build tools")
      .build();

  private CpuBase() {}
}
