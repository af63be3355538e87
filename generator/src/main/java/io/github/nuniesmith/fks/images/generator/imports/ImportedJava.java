package io.github.nuniesmith.fks.images.generator.imports;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.ImageSetDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** The Java the import writes: one class per imported image, and the set that lists them. */
final class ImportedJava {
  /** The name of the class that lists the imported images. */
  static final String SET_CLASS = "ImportedImages";
  private static final String COMMAND = "./mvnw -Pimport";

  private ImportedJava() {}

  /** The class of {@code image} in {@code javaPackage}: a static {@code image()} built with the builder API. */
  static JavaFile imageClass(String javaPackage, ImportedImage image) {
    TypeSpec.Builder type = TypeSpec.classBuilder(image.className());
    Map<String, String> constants = constants(image);
    constants.forEach((reference, constant) -> type.addField(FieldSpec.builder(String.class, constant,
        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer("$S", reference).build()));
    CodeBlock.Builder body = CodeBlock.builder()
        .add("return $T.builder($S, $S, $L.class)", Image.class, image.name(), image.input().path(), image.className())
        .indent().indent();
    image.imageCalls().forEach(c -> body.add("\n$L", c.code()));
    for (ImportedImage.ImportedStage stage : image.stages()) {
      body.add("\n.stage($S, s -> s", stage.name()).indent().indent();
      for (int i = 0; i < stage.calls().size(); i++) {
        // A base image several stages start from is a constant.
        String constant = i == 0 ? stage.image().map(constants::get).orElse(null) : null;
        body.add("\n$L", constant != null ? CodeBlock.of(".from($N)", constant) : stage.calls().get(i).code());
      }
      body.add(")").unindent().unindent();
    }
    body.add("\n.build();\n").unindent().unindent();
    type
        .addJavadoc("The image of {@code $L}, imported by {@code $L}.\n", image.input().path(), COMMAND)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("image")
            .addJavadoc("The image, rendered to {@code $L}.\n", image.input().path())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(Image.class)
            .addCode(body.build())
            .build());
    return JavaFile.builder(javaPackage, type.build()).indent("  ").skipJavaLangImports(true).build();
  }

  /** The images two or more stages start from, each with the name of its constant, e.g. {@code PYTHON_3_12_SLIM}. */
  private static Map<String, String> constants(ImportedImage image) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    image.stages().forEach(s -> s.image().ifPresent(i -> counts.merge(i, 1, Integer::sum)));
    Map<String, String> constants = new LinkedHashMap<>();
    counts.forEach((reference, count) -> {
      if (count > 1) {
        String name = reference.substring(reference.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9]+", "_")
            .replaceAll("^_|_$", "").toUpperCase(Locale.ROOT);
        name = name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "IMAGE_" + name : name;
        String unique = name;
        for (int n = 2; constants.containsValue(unique); n++) {
          unique = name + "_" + n;
        }
        constants.put(reference, unique);
      }
    });
    return constants;
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
            .returns(ImageSet.class)
            .addCode(body.build())
            .build())
        .build();
    return JavaFile.builder(javaPackage, type).indent("  ").skipJavaLangImports(true).build();
  }
}
