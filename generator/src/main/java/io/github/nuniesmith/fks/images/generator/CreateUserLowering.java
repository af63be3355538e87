package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.CreateUser;
import java.util.ArrayList;
import java.util.List;

/** A {@link CreateUser} as one RUN: {@code groupadd} for a group of its own, then {@code useradd} with its flags. */
final class CreateUserLowering {
  private CreateUserLowering() {}

  static Instruction lower(CreateUser user) {
    String system = user.system() ? " --system" : "";
    List<List<String>> commands = new ArrayList<>();
    if (user.ownGroup()) {
      commands.add(List.of("groupadd" + system + " --gid " + user.gid().getAsInt() + " " + user.name()));
    }
    StringBuilder useradd = new StringBuilder("useradd").append(system).append(" --no-log-init");
    user.uid().ifPresent(id -> useradd.append(" --uid ").append(id));
    user.gid().ifPresent(id -> useradd.append(" --gid ").append(id));
    user.home().ifPresent(h -> useradd.append(" --home-dir ").append(h));
    useradd.append(user.createHome() ? " --create-home" : " --no-create-home");
    user.shell().ifPresent(s -> useradd.append(" --shell ").append(s));
    if (!user.groups().isEmpty()) {
      useradd.append(" --groups ").append(String.join(",", user.groups()));
    }
    commands.add(List.of(useradd.append(' ').append(user.name()).toString()));
    return new Instruction.Run(List.of(), List.of(), commands);
  }
}
