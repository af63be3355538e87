package io.github.nuniesmith.fks.images.generator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The exec (JSON) form of an instruction's arguments, read as BuildKit's {@code parseJSON} does. */
public final class JsonArguments {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonArguments() {}

  /**
   * The strings of {@code text} when it is a JSON array of strings; empty when it is not JSON (then
   * BuildKit reads it as shell form, even when it starts with {@code [}).
   *
   * @throws IllegalArgumentException for a valid JSON array with an element that is not a string,
   *     which BuildKit refuses
   */
  public static Optional<List<String>> read(String text) {
    if (!text.stripLeading().startsWith("[")) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    for (JsonNode element : node) {
      if (!element.isTextual()) {
        throw new IllegalArgumentException("the JSON array " + text.strip() + " holds " + element
            + ", which is not a string: Docker refuses it; quote it");
      }
      values.add(element.textValue());
    }
    return Optional.of(values);
  }
}
