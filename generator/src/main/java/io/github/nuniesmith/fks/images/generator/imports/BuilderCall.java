package io.github.nuniesmith.fks.images.generator.imports;

import com.palantir.javapoet.CodeBlock;
import java.util.function.Consumer;

/**
 * One call on a builder, kept twice: as the Java the import writes ({@code .run("make")}) and as the
 * call itself, so the round trip renders the very image the Java builds.
 *
 * @param code the call as Java, starting with the dot
 * @param apply the call
 * @param <B> the builder
 */
record BuilderCall<B>(CodeBlock code, Consumer<B> apply) {
  static <B> BuilderCall<B> of(Consumer<B> apply, String format, Object... args) {
    return new BuilderCall<>(CodeBlock.of(format, args), apply);
  }
}
