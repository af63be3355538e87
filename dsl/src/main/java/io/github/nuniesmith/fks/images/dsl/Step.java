package io.github.nuniesmith.fks.images.dsl;

import java.util.List;

/**
 * One thing a stage does: a Dockerfile instruction, or a typed block the generator lowers to
 * instructions. Raw shell text exists only in {@link ShellStep}.
 */
public sealed interface Step
    permits AptInstall,
        PipInstall,
        ApkInstall,
        DnfInstall,
        CondaInstall,
        SourceBuild,
        Copy,
        Add,
        Env,
        Arg,
        Args,
        Workdir,
        User,
        DefaultShell,
        StopSignal,
        Volume,
        OnBuild,
        Maintainer,
        Expose,
        Healthcheck,
        Labels,
        Entrypoint,
        Cmd,
        CreateUser,
        VirtualEnv,
        RefreshLibraries,
        ShellStep,
        Run,
        Comment {

  /** A short description for error paths, e.g. {@code pip install}. */
  String describe();

  /**
   * The values of this step in which Docker expands {@code $NAME} and {@code ${NAME...}} (the
   * instructions ADD, COPY, ENV, EXPOSE, FROM, LABEL, STOPSIGNAL, USER, VOLUME, WORKDIR, ONBUILD and
   * the flags of RUN --mount), checked against the ARG and ENV names in scope; empty when none.
   */
  default List<String> expanded() {
    return List.of();
  }
}
