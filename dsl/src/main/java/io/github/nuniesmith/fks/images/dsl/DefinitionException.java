package io.github.nuniesmith.fks.images.dsl;

import java.util.Optional;

/**
 * The one exception for a bad definition. Its message starts with the path to the offending value
 * ({@code image ml / stage builder / pip 'langchain'}), then says what is wrong and how to fix it,
 * and ends with the id of the {@link Rule} it breaks, where it breaks one: {@code [FKS005]}.
 */
public final class DefinitionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;
  private final Rule rule;

  /** A problem with no path yet; builders add the path as the exception travels outwards. */
  public DefinitionException(String problem) {
    this("", problem, null);
  }

  /** A problem that breaks {@code rule}, with no path yet. */
  public DefinitionException(Rule rule, String problem) {
    this("", problem, rule);
  }

  private DefinitionException(String path, String problem, Rule rule) {
    super((path.isEmpty() ? problem : path + ": " + problem) + (rule == null ? "" : " [" + rule.id() + "]"));
    this.path = path;
    this.problem = problem;
    this.rule = rule;
  }

  /** Where in the definition the problem is, outermost first; empty when not yet known. */
  public String path() {
    return path;
  }

  /** What is wrong and how to fix it, without the path and the rule. */
  public String problem() {
    return problem;
  }

  /** The rule the definition breaks, where it is one of the catalog's. */
  public Optional<Rule> rule() {
    return Optional.ofNullable(rule);
  }

  /** The same problem, one level further out: {@code segment / path}. */
  public DefinitionException within(String segment) {
    return copy(path.isEmpty() ? segment : segment + " / " + path, rule);
  }

  /** The same problem, breaking {@code rule} unless it already names one. */
  public DefinitionException breaking(Rule broken) {
    return rule != null ? this : copy(path, broken);
  }

  private DefinitionException copy(String newPath, Rule newRule) {
    DefinitionException copy = new DefinitionException(newPath, problem, newRule);
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
