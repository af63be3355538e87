package io.github.nuniesmith.fks.images.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lays lowered Dockerfiles out as text through FreeMarker; no I/O besides reading templates. */
final class DockerfileRenderer {
  /** The Dockerfile text of {@code lowered}, below {@code header} comment lines. */
  String render(ImageLowering.Lowered lowered, List<String> header) {
    char escape = lowered.directives().escape();
    // The lines' lengths, and their newlines and the little around them: the template adds about that.
    int length = 64;
    for (String line : header) {
      length += line.length() + 3;
    }
    for (String arg : lowered.globalArgs()) {
      length += arg.length() + 5;
    }
    List<Map<String, Object>> stages = new ArrayList<>(lowered.stages().size());
    for (ImageLowering.LoweredStage stage : lowered.stages()) {
      List<String> instructions = new ArrayList<>(stage.instructions().size());
      for (Instruction i : stage.instructions()) {
        String text = i.text(escape);
        instructions.add(text);
        length += text.length() + 1;
      }
      stages.add(Map.of("from", stage.from(), "instructions", instructions));
      length += stage.from().length() + 7;
    }
    Map<String, Object> model = Map.of("syntax", "1." + lowered.syntax(), "directives", directives(lowered),
        "header", header, "globalArgs", lowered.globalArgs(), "stages", stages);
    return Templates.processPlain("Dockerfile.ftl", model, length);
  }

  /** The parser directives after syntax, as {@code key=value}: escape only when it is not the default. */
  private static List<String> directives(ImageLowering.Lowered lowered) {
    List<String> out = new ArrayList<>();
    if (lowered.directives().escape() != '\\') {
      out.add("escape=" + lowered.directives().escape());
    }
    lowered.directives().check().ifPresent(c -> out.add("check=" + c));
    return out;
  }
}
