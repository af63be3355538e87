package io.github.nuniesmith.fks.images.dsl;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parser directives of a Dockerfile besides {@code syntax}, which the generator chooses: the
 * {@code escape} character (also the line continuation character) and the build {@code check}
 * configuration.
 *
 * @param escape {@code \} (the default) or {@code `}
 * @param check e.g. {@code skip=JSONArgsRecommended;error=true}; empty for none
 */
public record ParserDirectives(char escape, Optional<String> check) {
  /** No directives besides syntax: escape {@code \}, no check. */
  public static final ParserDirectives DEFAULT = new ParserDirectives('\\', Optional.empty());

  private static final String CHECK_PART = "(?:skip=(?:all|[A-Za-z]++(?:,[A-Za-z]++)*+)|error=(?:true|false))";
  private static final Pattern CHECK = Pattern.compile(CHECK_PART + "(?:;" + CHECK_PART + ")*+");

  /** Validates the escape character and the check configuration. */
  public ParserDirectives {
    Checks.check(escape == '\\' || escape == '`',
        "escape %s is invalid: Docker takes \\ or `", Checks.quote(String.valueOf(escape)));
    Checks.notNull(check, "check");
    check.ifPresent(c -> Checks.matches(c, CHECK, "check",
        "write skip=<rules or all> and error=<true or false>, separated by ;, such as"
            + " skip=JSONArgsRecommended;error=true"));
  }

  /** These directives with the escape character {@code escape}. */
  public ParserDirectives withEscape(char escape) {
    return new ParserDirectives(escape, check);
  }

  /** These directives with the build check configuration {@code check}. */
  public ParserDirectives withCheck(String check) {
    return new ParserDirectives(escape, Optional.of(Checks.notNull(check, "check")));
  }
}
