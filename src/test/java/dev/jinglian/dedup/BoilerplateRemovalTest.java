package dev.jinglian.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.normalize.Edits;
import dev.jinglian.testing.SharedSpark;
import java.util.Arrays;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

/** Cutting known boilerplate out of one document. */
class BoilerplateRemovalTest {
  private static BoilerplateRemoval removal(LineUnit unit, String... boilerplate) {
    LineKeys keys = new LineKeys(new LineDedupSpec(true, unit, null, null, null, null));
    long[] sorted = Arrays.stream(boilerplate).mapToLong(keys::key).sorted().toArray();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(SharedSpark.get().sparkContext());
    return new BoilerplateRemoval(keys, jsc.broadcast(sorted), sorted, new BoilerplateSamples());
  }

  @Test
  void removesBoilerplateLinesCountsThemAndKeepsCodeIndentation() {
    BoilerplateRemoval r = removal(LineUnit.LINE, "Share this article on Facebook", "版权所有 © 2020 新浪网");
    String text = "Share this article on Facebook\n\nint main() {\n    return 0;\n}\n\nSHARE this article on facebook\n"
        + "版权所有 © 2024 新浪网";
    Edits edits = new Edits();
    assertThat(r.apply(text, edits)).isEqualTo("int main() {\n    return 0;\n}");
    assertThat(edits.asMap()).containsExactly(Map.entry("boilerplate_lines", 3));
  }

  @Test
  void documentWithoutBoilerplateIsReturnedUnchanged() {
    BoilerplateRemoval r = removal(LineUnit.LINE, "Share this article on Facebook");
    String text = "春眠不觉晓，处处闻啼鸟。\n\n\nShare this article on Facebook today";
    Edits edits = new Edits();
    assertThat(r.apply(text, edits)).isSameAs(text);
    assertThat(edits.asMap()).isEmpty();
  }

  @Test
  void paragraphUnitRemovesWholeParagraphsOnly() {
    BoilerplateRemoval r = removal(LineUnit.PARAGRAPH, "本文来源：新华网\n责任编辑：张三");
    Edits edits = new Edits();
    String text = "正文第一段，讲述了事情的经过。\n\n本文来源：新华网\n责任编辑：张三\n\n本文来源：新华网";
    assertThat(r.apply(text, edits)).isEqualTo("正文第一段，讲述了事情的经过。\n\n本文来源：新华网");
    assertThat(edits.asMap()).containsExactly(Map.entry("boilerplate_paragraphs", 1));
    assertThat(r.apply("本文来源：新华网\n责任编辑：张三", new Edits())).isEmpty();
  }
}
