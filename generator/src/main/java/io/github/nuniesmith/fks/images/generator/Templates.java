package io.github.nuniesmith.fks.images.generator;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The one FreeMarker configuration every renderer lays its text out with; templates only lay out. */
final class Templates {
  private static final String FOLDER = "/io/github/nuniesmith/fks/images/generator/templates";
  private static final Configuration FREEMARKER = configuration();
  /** Each record class's components, read by reflection once rather than for every record. */
  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      return type.getRecordComponents();
    }
  };

  private Templates() {}

  /** The text of template {@code name} over {@code model}; records in it are read as maps of their fields. */
  static String process(String name, Map<String, Object> model) {
    try {
      Template template = FREEMARKER.getTemplate(name);
      StringWriter out = new StringWriter();
      template.process(plain(model), out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + name, e);
    } catch (TemplateException e) {
      throw new IllegalStateException("template " + name + " failed: " + e.getMessage(), e);
    }
  }

  /** Records as maps of their components, through lists and maps: templates see no Java methods. */
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
      return list.stream().map(Templates::plain).toList();
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, plain(v)));
      return out;
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
