package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.Mount;
import java.util.Locale;
import java.util.Optional;

/** The {@code --mount=...} flag of a mount: options in a fixed order, defaults left out. */
final class MountFlag {
  private MountFlag() {}

  /** The flag of {@code mount}. */
  static String of(Mount mount) {
    StringBuilder flag = new StringBuilder("--mount=type=");
    if (mount instanceof Mount.Cache c) {
      flag.append("cache");
      option(flag, "id", c.id());
      option(flag, "target", Optional.of(c.target()));
      if (c.sharing() != Mount.Sharing.SHARED) {
        flag.append(",sharing=").append(c.sharing().name().toLowerCase(Locale.ROOT));
      }
      if (c.readOnly()) {
        flag.append(",readonly");
      }
      option(flag, "from", c.from().map(Mount.Origin::reference));
      option(flag, "source", c.source());
      ownership(flag, c.mode(), c.uid(), c.gid());
    } else if (mount instanceof Mount.Bind b) {
      flag.append("bind");
      option(flag, "source", b.source());
      option(flag, "target", Optional.of(b.target()));
      option(flag, "from", b.from().map(Mount.Origin::reference));
      if (b.readWrite()) {
        flag.append(",readwrite");
      }
    } else if (mount instanceof Mount.Secret s) {
      flag.append("secret");
      option(flag, "id", Optional.of(s.id()));
      option(flag, "target", s.target());
      option(flag, "env", s.env());
      if (s.required()) {
        flag.append(",required=true");
      }
      ownership(flag, s.mode(), s.uid(), s.gid());
    } else if (mount instanceof Mount.Ssh s) {
      flag.append("ssh");
      option(flag, "id", s.id());
      option(flag, "target", s.target());
      if (s.required()) {
        flag.append(",required=true");
      }
      ownership(flag, s.mode(), s.uid(), s.gid());
    } else if (mount instanceof Mount.Tmpfs t) {
      flag.append("tmpfs");
      option(flag, "target", Optional.of(t.target()));
      option(flag, "size", t.size());
    } else {
      throw new IllegalStateException("no flag for " + mount.getClass().getName());
    }
    return flag.toString();
  }

  private static void ownership(StringBuilder flag, Optional<String> mode, Optional<String> uid, Optional<String> gid) {
    option(flag, "mode", mode);
    option(flag, "uid", uid);
    option(flag, "gid", gid);
  }

  private static void option(StringBuilder flag, String name, Optional<String> value) {
    value.ifPresent(v -> flag.append(',').append(name).append('=').append(v));
  }
}
