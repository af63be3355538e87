package io.github.nuniesmith.fks.images.dsl;

/**
 * The one exception for a bad definition. Its message starts with the path to the offending value
 * ({@code image ml / stage builder / pip 'langchain'}), then says what is wrong and how to fix it.
 */
public final class DefinitionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;

  /** A problem with no path yet; builders add the path as the exception travels outwards. */
  public DefinitionException(String problem) {
    this("", problem);
  }

  private DefinitionException(String path, String problem) {
    super(path.isEmpty() ? problem : path + ": " + problem);
    this.path = path;
    this.problem = problem;
  }

  /** Where in the definition the problem is, outermost first; empty when not yet known. */
  public String path() {
    return path;
  }

  /** What is wrong and how to fix it, without the path. */
  public String problem() {
    return problem;
  }

  /** The same problem, one level further out: {@code segment / path}. */
  public DefinitionException within(String segment) {
    DefinitionException outer =
        new DefinitionException(path.isEmpty() ? segment : segment + " / " + path, problem);
    outer.setStackTrace(getStackTrace());
    return outer;
  }
}
