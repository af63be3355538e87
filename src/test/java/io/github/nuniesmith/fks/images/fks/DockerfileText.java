package io.github.nuniesmith.fks.images.fks;

import java.util.ArrayList;
import java.util.List;

/** A generated Dockerfile read back as stages of instructions, continuation lines joined. */
record DockerfileText(List<DockerfileText.Stage> stages) {

  /** One stage: its FROM line and its instructions, each as one line of text. */
  record Stage(String from, List<String> instructions) {
    List<String> withKeyword(String keyword) {
      return instructions.stream().filter(i -> i.startsWith(keyword + " ")).toList();
    }
  }

  static DockerfileText parse(String text) {
    List<Stage> stages = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("#") && current.length() == 0 || line.isBlank() && current.length() == 0) {
        continue;
      }
      current.append(line.endsWith("\\") ? line.substring(0, line.length() - 1) : line);
      if (line.endsWith("\\")) {
        continue;
      }
      String instruction = current.toString().replaceAll("\\s+", " ").strip();
      current.setLength(0);
      if (instruction.startsWith("FROM ")) {
        stages.add(new Stage(instruction, new ArrayList<>()));
      } else if (!stages.isEmpty()) {
        stages.get(stages.size() - 1).instructions().add(instruction);
      }
    }
    return new DockerfileText(stages);
  }

  Stage last() {
    return stages.get(stages.size() - 1);
  }
}
