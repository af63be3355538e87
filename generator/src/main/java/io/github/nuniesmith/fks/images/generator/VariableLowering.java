package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.Arg;
import io.github.nuniesmith.fks.images.dsl.Env;
import java.util.Map;
import java.util.regex.Pattern;

/** ARG and ENV as instructions. */
final class VariableLowering {
  /** A value that reads the same unquoted: no space, quote or other character the parser treats specially. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@+=,${}-]+");

  private VariableLowering() {}

  /** {@code ARG NAME} or {@code ARG NAME=default}. */
  static Instruction arg(Arg arg) {
    return Instruction.Other.of("ARG", argText(arg));
  }

  /** The text after ARG: {@code NAME=default}, the default quoted where it is not one plain word. */
  static String argText(Arg arg) {
    return arg.name() + arg.defaultValue().map(d -> "=" + (PLAIN.matcher(d).matches() ? d
        : ShellQuoting.dockerfileValue(d))).orElse("");
  }

  /** {@code ENV k="v"}, one pair a line; or the legacy {@code ENV NAME value}. */
  static Instruction env(Env env) {
    if (env.legacy()) {
      Map.Entry<String, String> only = env.variables().entrySet().iterator().next();
      // The legacy form takes the rest of the line, but Docker still reads quotes and trims it.
      String value = only.getValue();
      boolean plain = value.equals(value.strip()) && value.indexOf('\'') < 0;
      return Instruction.Other.of("ENV", only.getKey() + " " + (plain ? value : ShellQuoting.dockerfileValue(value)));
    }
    return StepLowering.keyValues("ENV", env.variables());
  }
}
