package io.github.nuniesmith.fks.images.generator.imports;

import com.palantir.javapoet.CodeBlock;
import io.github.nuniesmith.fks.images.dsl.Mount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code --mount} flag read into the model's Mount, kept with the Java that builds it.
 *
 * @param code the Java, e.g. {@code Mount.cache("/root/.cache/pip").sharing(Mount.Sharing.LOCKED)}
 * @param mount the mount
 */
record ImportedMount(CodeBlock code, Mount mount) {
  /**
   * {@code value}, the text after {@code --mount=}, as a Mount, reading {@code from=} as one of
   * {@code stageNames} or else an image.
   *
   * @throws IllegalArgumentException for a type or option the model has no value for
   */
  static ImportedMount read(String value, List<String> stageNames) {
    Map<String, String> o = new LinkedHashMap<>(MountOptions.options(value));
    String type = Optional.ofNullable(o.remove("type")).orElse("bind");
    String target = o.remove("target");
    CodeBlock.Builder code = CodeBlock.builder();
    Mount mount;
    switch (type) {
      case "cache" -> {
        Mount.Cache c = Mount.cache(target);
        code.add("$T.cache($S)", Mount.class, target);
        if (o.containsKey("id")) {
          String id = o.remove("id");
          c = c.id(id);
          code.add(".id($S)", id);
        }
        if (o.containsKey("sharing")) {
          Mount.Sharing sharing = Mount.Sharing.valueOf(o.remove("sharing").toUpperCase(Locale.ROOT));
          c = c.sharing(sharing);
          code.add(".sharing($T.$L)", Mount.Sharing.class, sharing.name());
        }
        if (o.containsKey("readonly") && bool(o.remove("readonly"))) {
          c = c.readOnly(true);
          code.add(".readOnly(true)");
        }
        if (o.containsKey("from")) {
          String from = o.remove("from");
          Origin origin = origin(from, stageNames);
          String source = o.remove("source");
          c = source == null ? c.from(origin.value) : c.from(origin.value, source);
          code.add(source == null ? CodeBlock.of(".from($L)", origin.code)
              : CodeBlock.of(".from($L, $S)", origin.code, source));
        }
        for (String key : List.of("mode", "uid", "gid")) {
          if (o.containsKey(key)) {
            String v = o.remove(key);
            c = key.equals("mode") ? c.mode(v) : key.equals("uid") ? c.uid(v) : c.gid(v);
            code.add(".$L($S)", key, v);
          }
        }
        mount = c;
      }
      case "bind" -> {
        Optional<Origin> from = Optional.ofNullable(o.remove("from")).map(f -> origin(f, stageNames));
        Optional<String> source = Optional.ofNullable(o.remove("source"));
        boolean readWrite = o.containsKey("readwrite") && bool(o.remove("readwrite"));
        Mount.Bind b = new Mount.Bind(target, from.map(f -> f.value), source, readWrite);
        if (from.isEmpty() && source.isPresent()) {
          code.add("$T.Bind.context($S, $S)", Mount.class, source.get(), target);
        } else if (from.isPresent() && source.isPresent()) {
          code.add("$T.Bind.from($L, $S, $S)", Mount.class, from.get().code, source.get(), target);
        } else if (from.isEmpty()) {
          code.add("$T.bind($S)", Mount.class, target);
        } else {
          code.add("new $T.Bind($S, $T.of($L), $T.empty(), false)", Mount.class, target, Optional.class,
              from.get().code, Optional.class);
        }
        if (readWrite) {
          code.add(".readWrite(true)");
        }
        mount = b;
      }
      case "tmpfs" -> {
        Mount.Tmpfs t = Mount.tmpfs(target);
        code.add("$T.tmpfs($S)", Mount.class, target);
        if (o.containsKey("size")) {
          String size = o.remove("size");
          t = t.size(size);
          code.add(".size($S)", size);
        }
        mount = t;
      }
      case "secret", "ssh" -> {
        boolean secret = type.equals("secret");
        String id = o.remove("id");
        if (secret && id == null) {
          throw new IllegalArgumentException("the secret mount " + value + " has no id: the model names each secret");
        }
        Mount.Secret s = secret ? Mount.secret(id) : null;
        Mount.Ssh h = secret ? null : Mount.ssh();
        code.add(secret ? CodeBlock.of("$T.secret($S)", Mount.class, id) : CodeBlock.of("$T.ssh()", Mount.class));
        if (!secret && id != null) {
          h = h.id(id);
          code.add(".id($S)", id);
        }
        if (target != null) {
          o.put("target", target);
        }
        for (String key : List.of("target", "env", "required", "mode", "uid", "gid")) {
          String v = o.remove(key);
          if (v == null) {
            continue;
          }
          if (key.equals("required")) {
            boolean required = bool(v);
            s = secret ? s.required(required) : s;
            h = secret ? h : h.required(required);
            code.add(".required($L)", required);
            continue;
          }
          if (key.equals("env") && !secret) {
            throw new IllegalArgumentException("an ssh mount has no env option");
          }
          s = !secret ? s : switch (key) {
            case "target" -> s.target(v);
            case "env" -> s.env(v);
            case "mode" -> s.mode(v);
            case "uid" -> s.uid(v);
            default -> s.gid(v);
          };
          h = secret ? h : switch (key) {
            case "target" -> h.target(v);
            case "mode" -> h.mode(v);
            case "uid" -> h.uid(v);
            default -> h.gid(v);
          };
          code.add(".$L($S)", key, v);
        }
        mount = secret ? s : h;
      }
      default -> throw new IllegalArgumentException("the mount type " + type + " is not one the model has");
    }
    if (!o.isEmpty()) {
      throw new IllegalArgumentException("the " + type + " mount " + value + " has the options " + o.keySet()
          + ", which the model has no value for");
    }
    return new ImportedMount(code.build(), mount);
  }

  /** A boolean option's value as BuildKit reads it: bare, or true. */
  static boolean bool(String value) {
    return value.isEmpty() || Boolean.parseBoolean(value);
  }

  private record Origin(CodeBlock code, Mount.Origin value) {}

  /** A mount's {@code from}: an earlier stage, else an image. */
  private static Origin origin(String from, List<String> stageNames) {
    return stageNames.contains(from)
        ? new Origin(CodeBlock.of("$T.Origin.stage($S)", Mount.class, from), Mount.Origin.stage(from))
        : new Origin(CodeBlock.of("$T.Origin.image($S)", Mount.class, from), Mount.Origin.image(from));
  }
}
