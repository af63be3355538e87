package io.github.nuniesmith.fks.images.generator.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * A TA-Lib-like C library, {@code fixta}: a source tarball with {@code ./configure --prefix}, a
 * Makefile and {@code make install} into {@code lib/} and {@code include/}, as autotools projects do.
 */
final class NativeLibrary {
  private NativeLibrary() {}

  /** Writes the sources under {@code dir} and packs them into {@code dir/<name>}, the same bytes every time. */
  static Path writeTarball(Path dir, String name) throws IOException, InterruptedException {
    Path src = Files.createDirectories(dir.resolve("fixta-1.0.0"));
    Files.writeString(src.resolve("fixta.h"), "int fixta_version(void);\ndouble fixta_sma(const double *x, int n);\n");
    Files.writeString(src.resolve("fixta.c"), """
        #include "fixta.h"
        int fixta_version(void) { return 10000; }
        double fixta_sma(const double *x, int n) {
          double sum = 0;
          for (int i = 0; i < n; i++) sum += x[i];
          return n > 0 ? sum / n : 0;
        }
        """);
    Path configure = src.resolve("configure");
    Files.writeString(configure, """
        #!/bin/sh
        # Writes config.mk with the install prefix, the one thing this library configures.
        prefix=/usr/local
        for arg in "$@"; do
          case "$arg" in --prefix=*) prefix="${arg#--prefix=}" ;; esac
        done
        printf 'PREFIX = %s\\n' "$prefix" > config.mk
        """);
    Files.setPosixFilePermissions(configure, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(src.resolve("Makefile"), """
        include config.mk
        all: libfixta.so.0
        libfixta.so.0: fixta.c fixta.h
        \tcc -shared -fPIC -O2 -Wl,-soname,libfixta.so.0 -o $@ fixta.c
        install: libfixta.so.0
        \tmkdir -p $(PREFIX)/lib $(PREFIX)/include
        \tcp libfixta.so.0 $(PREFIX)/lib/
        \tln -sf libfixta.so.0 $(PREFIX)/lib/libfixta.so
        \tcp fixta.h $(PREFIX)/include/
        .PHONY: all install
        """);
    Path tarball = dir.resolve(name);
    Process tar = new ProcessBuilder("bash", "-o", "pipefail", "-c",
        "tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C \"$1\" -cf - fixta-1.0.0"
            + " | gzip -n > \"$2\"", "tar", dir.toString(), tarball.toString())
        .redirectErrorStream(true).start();
    String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!tar.waitFor(60, TimeUnit.SECONDS) || tar.exitValue() != 0) {
      throw new AssertionError("packing " + tarball + " failed:\n" + output);
    }
    return tarball;
  }
}
