package io.github.nuniesmith.fks.images.generator;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The one FreeMarker configuration every renderer lays its text out with; templates only lay out. */
final class Templates {
  private static final String FOLDER = "/io/github/nuniesmith/fks/images/generator/templates";
  private static final Configuration FREEMARKER = configuration();
  /** Each template parsed once: the templates ship in the jar and never change while it runs. */
  private static final Map<String, Template> PARSED = new ConcurrentHashMap<>();
  /** Each record class's components, read by reflection once rather than for every record. */
  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      return type.getRecordComponents();
    }
  };

  private Templates() {}

  /** {@link #processPlain(String, Object, int)} for a file of a whole set (bake file, IMAGES.md, workflow). */
  static String processPlain(String name, Object model) {
    // They run to kilobytes at least.
    return processPlain(name, model, 1024);
  }

  /**
   * The text of template {@code name} over {@code model}, which holds no records (only strings,
   * numbers, lists and maps), so it is handed over without being walked: the Dockerfile renderer's,
   * made for every image. {@code expectedLength}, about the text's length, sizes the output once
   * rather than as it grows.
   */
  static String processPlain(String name, Object model, int expectedLength) {
    try {
      Template template = PARSED.get(name);
      if (template == null) {
        template = FREEMARKER.getTemplate(name);
        PARSED.put(name, template);
      }
      StringWriter out = new StringWriter(expectedLength);
      template.process(model, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + name, e);
    } catch (TemplateException e) {
      throw new IllegalStateException("template " + name + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Records as maps of their components, through lists and maps: templates see no Java methods. A
   * list or map that holds no records is returned as it is, not copied.
   */
  static Object plain(Object value) {
    if (value instanceof Record record) {
      Map<String, Object> fields = new LinkedHashMap<>();
      for (RecordComponent component : COMPONENTS.get(record.getClass())) {
        try {
          fields.put(component.getName(), plain(component.getAccessor().invoke(record)));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + component + " for a template", e);
        }
      }
      return fields;
    }
    if (value instanceof List<?> list) {
      List<Object> out = null;
      int index = 0;
      for (Object item : list) {
        Object flat = plain(item);
        if (flat != item && out == null) {
          out = new ArrayList<>(list.subList(0, index));
        }
        if (out != null) {
          out.add(flat);
        }
        index++;
      }
      return out == null ? list : Collections.unmodifiableList(out);
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = null;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Object flat = plain(entry.getValue());
        if (flat != entry.getValue() && out == null) {
          out = new LinkedHashMap<>(map);
        }
        if (out != null) {
          out.put(entry.getKey(), flat);
        }
      }
      return out == null ? map : out;
    }
    return value;
  }

  private static Configuration configuration() {
    Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
    freemarker.setClassForTemplateLoading(Templates.class, FOLDER);
    freemarker.setDefaultEncoding("UTF-8");
    freemarker.setLocale(Locale.ROOT);
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
    freemarker.setWrapUncheckedExceptions(true);
    freemarker.setFallbackOnNullLoopVariable(false);
    return freemarker;
  }
}
