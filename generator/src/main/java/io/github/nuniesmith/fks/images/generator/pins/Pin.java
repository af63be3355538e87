package io.github.nuniesmith.fks.images.generator.pins;

import io.github.nuniesmith.fks.images.dsl.PipRequirement;

/**
 * One line of a catalog file: a requirement and the Java constant it becomes.
 *
 * @param line the line number in its file, from 1
 * @param constant the constant's name, e.g. {@code LANGCHAIN_CORE} for {@code langchain-core}
 * @param requirement the requirement
 */
public record Pin(int line, String constant, PipRequirement requirement) {
  /** The constant name of {@code requirement}: its PEP 503 name in upper case, {@code -} as {@code _}. */
  static String constantName(PipRequirement requirement) {
    String name = requirement.canonicalName().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    // A Java identifier cannot start with a digit.
    return Character.isDigit(name.charAt(0)) ? "_" + name : name;
  }
}
