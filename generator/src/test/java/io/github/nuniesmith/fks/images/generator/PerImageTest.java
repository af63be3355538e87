package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.Image;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PerImageTest {
  private static final List<Image> IMAGES = IntStream.range(0, 500).mapToObj(i -> Image.builder("app" + i,
      "apps/app" + i + "/Dockerfile", PerImageTest.class).stage("run", s -> s.from("python:3.12-slim-trixie")).build())
      .toList();

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void resultsComeInTheImagesOrder(boolean parallel) {
    assertThat(PerImage.map(IMAGES, parallel, Image::name))
        .containsExactlyElementsOf(IMAGES.stream().map(Image::name).toList());
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void ofTwoFailingImagesTheFirstByOrderIsThrownAsItsWorkThrewIt(boolean parallel) {
    // The later one fails at once, the earlier one only after some work: the order decides, not the clock.
    IllegalStateException first = new IllegalStateException("first");
    IllegalStateException last = new IllegalStateException("last");
    assertThatThrownBy(() -> PerImage.map(IMAGES, parallel, image -> {
      if (image == IMAGES.get(IMAGES.size() - 1)) {
        throw last;
      }
      if (image == IMAGES.get(IMAGES.size() / 4)) {
        IntStream.range(0, 100_000).mapToObj(Integer::toString).mapToInt(String::length).sum();
        throw first;
      }
      return image.name();
    })).isSameAs(first);
  }

  @Test
  void onOneThreadEveryImageIsWorkedOnByTheCaller() {
    Thread caller = Thread.currentThread();
    assertThat(PerImage.map(IMAGES, false, image -> Thread.currentThread())).containsOnly(caller);
  }
}
