package io.github.nuniesmith.fks.images.generator;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Lays lowered Dockerfiles out as text through FreeMarker; no I/O besides reading templates. */
final class DockerfileRenderer {
  private static final String TEMPLATES = "/io/github/nuniesmith/fks/images/generator/templates";
  private final Configuration freemarker;

  DockerfileRenderer() {
    freemarker = new Configuration(Configuration.VERSION_2_3_34);
    freemarker.setClassForTemplateLoading(DockerfileRenderer.class, TEMPLATES);
    freemarker.setDefaultEncoding("UTF-8");
    freemarker.setLocale(Locale.ROOT);
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
    freemarker.setWrapUncheckedExceptions(true);
    freemarker.setFallbackOnNullLoopVariable(false);
  }

  /** The Dockerfile text of {@code lowered}, below {@code header} comment lines. */
  String render(ImageLowering.Lowered lowered, List<String> header) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("syntax", "1." + lowered.syntax());
    model.put("header", header);
    model.put("globalArgs", lowered.globalArgs());
    List<Map<String, Object>> stages = new ArrayList<>();
    for (ImageLowering.LoweredStage stage : lowered.stages()) {
      List<Map<String, Object>> instructions = new ArrayList<>();
      for (Instruction i : stage.instructions()) {
        instructions.add(Map.of("comments", i.comments(), "keyword", i.keyword(), "parts", i.parts()));
      }
      stages.add(Map.of("from", stage.from(), "instructions", instructions));
    }
    model.put("stages", stages);
    return process("Dockerfile.ftl", model);
  }

  private String process(String name, Map<String, Object> model) {
    try {
      Template template = freemarker.getTemplate(name);
      StringWriter out = new StringWriter();
      template.process(model, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + name, e);
    } catch (TemplateException e) {
      throw new IllegalStateException("template " + name + " failed: " + e.getMessage(), e);
    }
  }
}
