package io.github.nuniesmith.fks.images.generator.imports;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.ImageSetDefinition;
import io.github.nuniesmith.fks.images.dsl.Strategy;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The Java the import writes: one class per imported image, and the set that lists them. */
final class ImportedJava {
  /** The name of the class that lists the imported images. */
  static final String SET_CLASS = "ImportedImages";
  private static final String COMMAND = "./mvnw -Pimport";

  private ImportedJava() {}

  /** The class of {@code image} in {@code javaPackage}: a static {@code image()} built with the builder API. */
  static JavaFile imageClass(String javaPackage, ImportedImage image) {
    CodeBlock.Builder body = CodeBlock.builder()
        .add("return $T.builder($S, $S, $L.class)", Image.class, image.name(), image.input().path(), image.className())
        .indent().indent();
    image.imageCalls().forEach(c -> body.add("\n$L", c.code()));
    for (ImportedImage.ImportedStage stage : image.stages()) {
      body.add("\n.stage($S, s -> s", stage.name()).indent().indent();
      stage.calls().forEach(c -> body.add("\n$L", c.code()));
      body.add(")").unindent().unindent();
    }
    body.add("\n.build();\n").unindent().unindent();
    TypeSpec type = TypeSpec.classBuilder(image.className())
        .addJavadoc("The image of {@code $L}, imported by {@code $L}.\n", image.input().path(), COMMAND)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("image")
            .addJavadoc("The image, rendered to {@code $L}.\n", image.input().path())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(Image.class)
            .addCode(body.build())
            .build())
        .build();
    return JavaFile.builder(javaPackage, type).indent("  ").skipJavaLangImports(true).build();
  }

  /** {@code ImportedImages}: the set of every imported image, under the baseline policy. */
  static JavaFile setClass(String javaPackage, List<ImportedImage> images) {
    CodeBlock.Builder body = CodeBlock.builder().add("return $T.builder()", ImageSet.class).indent().indent();
    images.forEach(i -> body.add("\n.image($T.image())", ClassName.get(javaPackage, i.className())));
    body.add("\n.build();\n").unindent().unindent();
    TypeSpec type = TypeSpec.classBuilder(SET_CLASS)
        .addJavadoc("The images imported by {@code $L}, under the baseline policy: lint findings are printed,"
            + " not fatal.\n", COMMAND)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ImageSetDefinition.class)
        .addMethod(MethodSpec.methodBuilder("imageSet")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Strategy.class, "strategy")
            .returns(ImageSet.class)
            .addCode(body.build())
            .build())
        .build();
    return JavaFile.builder(javaPackage, type).indent("  ").skipJavaLangImports(true).build();
  }
}
