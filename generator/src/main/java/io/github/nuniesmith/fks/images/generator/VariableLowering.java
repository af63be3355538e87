package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.Arg;
import io.github.nuniesmith.fks.images.dsl.Args;
import io.github.nuniesmith.fks.images.dsl.Env;
import java.util.Map;
import java.util.regex.Pattern;

/** ARG and ENV as instructions. */
final class VariableLowering {
  /** A value that reads the same unquoted: no space, quote or other character the parser treats specially. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@+=,${}-]+");

  private VariableLowering() {}

  /** {@code ARG NAME}, {@code ARG NAME=default}, or several such in one instruction. */
  static Instruction arg(Args args, char escape) {
    return Instruction.Other.of("ARG", argText(args, escape));
  }

  /**
   * The text after ARG: {@code NAME=default} for each argument, the default quoted where it is not one
   * plain word, in a file whose escape character is {@code escape}.
   */
  static String argText(Args args, char escape) {
    return String.join(" ", args.args().stream().map(a -> argText(a, escape)).toList());
  }

  private static String argText(Arg arg, char escape) {
    return arg.name() + arg.defaultValue().map(d -> "=" + (PLAIN.matcher(d).matches() ? d
        : ShellQuoting.dockerfileValue(d, escape, false))).orElse("");
  }

  /** {@code ENV k="v"}, one pair a line; or the legacy {@code ENV NAME value}. */
  static Instruction env(Env env, char escape) {
    if (env.legacy()) {
      Map.Entry<String, String> only = env.variables().entrySet().iterator().next();
      // The legacy form takes the rest of the line, but Docker still reads quotes and escapes and trims it.
      String value = only.getValue();
      boolean literal = env.literal().contains(only.getKey());
      boolean plain = !value.isEmpty() && value.equals(value.strip()) && value.indexOf('\'') < 0
          && value.indexOf('"') < 0 && value.indexOf(escape) < 0 && !(literal && value.contains("$"));
      return Instruction.Other.of("ENV", only.getKey() + " " + (plain ? value
          : ShellQuoting.dockerfileValue(value, escape, literal)));
    }
    return StepLowering.keyValues("ENV", env.variables(), env.literal(), escape);
  }
}
