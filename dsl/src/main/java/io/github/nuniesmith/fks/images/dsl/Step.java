package io.github.nuniesmith.fks.images.dsl;

/**
 * One typed thing a stage does. There is no free shell text except {@link ShellStep}, which must
 * give its reason.
 */
public sealed interface Step
    permits AptInstall, PipInstall, SourceBuild, Copy, Env, Arg, Workdir, User, Expose,
        Healthcheck, Labels, Entrypoint, Cmd, CreateUser, VirtualEnv, RefreshLibraries, ShellStep {

  /** A short description for error paths, e.g. {@code pip install}. */
  String describe();
}
