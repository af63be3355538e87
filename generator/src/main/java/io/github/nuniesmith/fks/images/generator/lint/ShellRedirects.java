package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Rule;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FKS037: a RUN that installs with pip and writes a requirement such as {@code langchain>=0.3.0}
 * unquoted. The shell reads {@code >=0.3.0} as a redirect: pip installs any version of
 * {@code langchain} and its output goes to a file named {@code =0.3.0}. Typed pip steps quote every
 * requirement (FKS005); this finds it in raw shell, such as an imported Dockerfile.
 */
final class ShellRedirects implements Check {
  /** A package name glued to {@code <} or {@code >}, then a version or another operator character. */
  private static final Pattern GLUED = Pattern.compile("(?<![\\w.-])([A-Za-z][\\w.\\[\\],-]*)([<>]=?[=\\d.*]*[\\w.*]*)");

  private static final Pattern PIP_INSTALL = Pattern.compile("\\bpip3?\\s+install\\b");

  @Override
  public void check(LintSubject subject, Findings findings) {
    for (RenderedDockerfile.Line line : subject.dockerfile().instructions()) {
      // Only a RUN with a < or > can glue one to a name, and the patterns run only then.
      if (!line.keyword().equals("RUN") || !redirects(line.text()) || !line.commands().contains("pip")
          && !PIP_INSTALL.matcher(line.text()).find()) {
        continue;
      }
      Matcher m = GLUED.matcher(unquoted(line.text()));
      if (m.find()) {
        findings.add(Rule.FKS037, line, line.origin(), "writes " + m.group() + " unquoted, which the shell reads as "
            + m.group(1) + " and a redirect to the file " + m.group(2).substring(1) + ": quote the requirement ('"
            + m.group() + "') or install it with a typed pip step");
      }
    }
  }

  private static boolean redirects(String text) {
    return text.indexOf('<') >= 0 || text.indexOf('>') >= 0;
  }

  /** {@code text} with every quoted part blanked out, so that only what the shell splits is looked at. */
  private static String unquoted(String text) {
    StringBuilder out = new StringBuilder(text.length());
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote == 0 && (c == '\'' || c == '"')) {
        quote = c;
        out.append(' ');
      } else if (c == quote) {
        quote = 0;
        out.append(' ');
      } else {
        out.append(quote == 0 ? c : ' ');
      }
    }
    return out.toString();
  }
}
