package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.generator.lint.RulesTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The README's rules table is the catalog's, between {@code <!-- rules:start -->} and {@code <!--
 * rules:end -->}; {@code -Dgolden.update=true} rewrites it (refused under {@code CI=true}).
 */
class ReadmeRulesTest {
  private static final Path README = Path.of("..", "README.md");
  private static final String START = "<!-- rules:start -->\n";
  private static final String END = "<!-- rules:end -->";

  @Test
  void readmeListsEveryRuleOfTheCatalog() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    if (start < 0 || end < start) {
      throw new AssertionFailedError("README.md has no " + START.strip() + " ... " + END + " section for the rules table");
    }
    String committed = readme.substring(start + START.length(), end);
    String table = RulesTable.markdown();
    if (Golden.fromSystem().updating()) {
      Files.writeString(README, readme.substring(0, start + START.length()) + table + readme.substring(end),
          StandardCharsets.UTF_8);
    } else if (!committed.equals(table)) {
      throw new AssertionFailedError("README.md's rules table differs from the catalog (dsl Rule):\n"
          + Golden.diff("README.md", committed, table) + "If the catalog is right, run "
          + Golden.UPDATE_COMMAND + " and review the diff.", committed, table);
    }
  }
}
