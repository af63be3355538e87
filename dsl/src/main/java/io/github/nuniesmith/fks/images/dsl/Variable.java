package io.github.nuniesmith.fks.images.dsl;

/**
 * A build argument or environment variable by name, to refer to it without typos wherever Docker
 * expands variables (FROM, USER, WORKDIR, COPY and ADD paths and {@code --chown}, ENV and LABEL values,
 * EXPOSE, mount options). Declare it with {@code arg(variable)} or {@code env(variable, value)}; the
 * image is checked when built, so a reference the stage cannot see is an error that names the step.
 *
 * <pre>{@code
 * Variable nbUser = Variable.named("NB_USER");
 * stage.arg(nbUser, "jovyan").workdir("/home/" + nbUser.ref());
 * }</pre>
 *
 * @param name the variable's name: letters, digits and {@code _}, not starting with a digit
 */
public record Variable(String name) {
  /** Validates the name. */
  public Variable {
    Checks.matches(name, Env.NAME, "variable name", "use letters, digits and _, not starting with a digit");
  }

  /** The variable named {@code name}. */
  public static Variable named(String name) {
    return new Variable(name);
  }

  /** {@code ${NAME}}: the value. */
  public String ref() {
    return "${" + name + "}";
  }

  /** {@code ${NAME:-fallback}}: the value, or {@code fallback} when it is unset or empty. */
  public String orDefault(String fallback) {
    return "${" + name + ":-" + word(fallback, "default") + "}";
  }

  /** {@code ${NAME:+alternative}}: {@code alternative} when the variable is set and not empty, else nothing. */
  public String ifSet(String alternative) {
    return "${" + name + ":+" + word(alternative, "alternative") + "}";
  }

  /** {@link #ref()}, so that {@code "/home/" + user} reads as Docker text. */
  @Override
  public String toString() {
    return ref();
  }

  private String word(String word, String what) {
    String subject = "variable " + name + " " + what;
    Checks.printable(Checks.notNull(word, subject), subject);
    Expansions.checkWord(word, subject);
    return word;
  }
}
