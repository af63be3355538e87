package io.github.nuniesmith.fks.images.generator.pins;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.generator.Golden;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

class PinAccessorsTest {
  private static final PinCatalog CATALOG = PinCatalog.read(Map.of(
      "src/main/pins/cpu.txt", "# comment\npip==25.2\nsetuptools==80.9.0\n",
      "src/main/pins/ml.txt", "langchain-core>=0.3.0,<0.4\nTA-Lib==0.5.1; python_version >= \"3.12\"\n",
      "src/main/pins/gpu-torch.txt", "--index-url https://download.pytorch.org/whl/cu128\ntorch==2.8.0+cu128\n",
      "src/main/pins/private.txt", "--index-url https://pypi.example.com/simple\nfks-client[http]==1.0\n"),
      "Pins");

  @Test
  void oneNestedClassPerFileOneConstantPerPinAndTheIndex(TestInfo test) {
    Golden.assertMatches(test, ".java",
        PinAccessors.javaFile(CATALOG, "io.example.images.Pins", "./mvnw -B compile").toString());
  }

  @Test
  void theSourceCompilesAgainstTheDsl(@TempDir Path dir) throws IOException {
    PinAccessors.javaFile(CATALOG, "io.example.images.Pins", "./mvnw -B compile").writeTo(dir);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, errors, "-Xlint:all", "-Werror",
        "-classpath", System.getProperty("java.class.path"), "-d", dir.resolve("classes").toString(),
        dir.resolve("io/example/images/Pins.java").toString());
    assertThat(errors.toString()).isEmpty();
    assertThat(status).isZero();
    assertThat(Files.exists(dir.resolve("classes/io/example/images/Pins$GpuTorch.class"))).isTrue();
  }
}
