package dev.jinglian.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.doc.Columns;
import dev.jinglian.doc.RefinedDocument;
import dev.jinglian.doc.WorkTable;
import dev.jinglian.io.RawRecord;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.testing.Recipes;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * A record on which the per-document pass throws is quarantined with the exception, and the records around it
 * are refined normally: a deterministic failure must not fail the task (and, after retries, the job).
 */
class PoisonGuardTest {
  static final String MARKER = "☠POISON☠";
  final Recipe recipe = Recipes.fromYaml("name: t\noutput: /tmp/unused\nsources:\n  - name: s\n    path: /tmp/x\n");
  final WorkTable table = new WorkTable(DocumentRefiner.signalNames(recipe));
  final DocumentRefiner real = new DocumentRefiner(recipe);

  /** The real pass, except that it fails on the marker the way a bug in a rule would. */
  final Function<RawRecord, RefinedDocument> poisoned = r -> {
    if (r.text().contains(MARKER)) {
      throw new IllegalStateException("rule crashed on " + r.id());
    }
    return real.refine(r);
  };

  static RawRecord doc(String id, String text) {
    return RawRecord.document("s", "file:/in/part-1.jsonl", 7, id, text, Map.of());
  }

  Object field(Row row, String column) {
    return row.get(table.schema().fieldIndex(column));
  }

  @Test
  void aThrowingRecordIsQuarantinedWithTheExceptionAndItsHead() {
    String text = "第一段正文，" + MARKER + "，后面还有很多文字。".repeat(200);
    Row row = PoisonGuard.row(doc("p1", text), poisoned, table);
    assertThat(field(row, Columns.ERROR))
        .isEqualTo("processing failed: IllegalStateException: rule crashed on p1");
    assertThat(field(row, Columns.FILE)).isEqualTo("file:/in/part-1.jsonl");
    assertThat(field(row, Columns.LINE)).isEqualTo(7L);
    assertThat(field(row, Columns.SOURCE)).isEqualTo("s");
    assertThat(new String((byte[]) field(row, Columns.RAW), StandardCharsets.UTF_8))
        .isEqualTo(text.substring(0, PoisonGuard.RAW_HEAD_CHARS));
  }

  @Test
  void recordsAroundThePoisonAreRefinedByTheRealPass() {
    Row zh = PoisonGuard.row(doc("ok-zh", "精炼是一个面向中文的预训练数据清洗工具，它规范化文本并写出分片。"), poisoned, table);
    Row en = PoisonGuard.row(doc("ok-en", "A recipe names its sources, the filters, and the token budget."), poisoned,
        table);
    assertThat(field(zh, Columns.ERROR)).isNull();
    assertThat(field(zh, Columns.LANG)).isEqualTo("zh-Hans");
    assertThat((Long) field(zh, Columns.TOKENS)).isPositive();
    assertThat(field(en, Columns.ERROR)).isNull();
    assertThat((Long) field(en, Columns.WORDS)).isEqualTo(11L);
  }

  @Test
  void aStackOverflowIsQuarantinedToo() {
    Function<RawRecord, RefinedDocument> recursive = new Function<>() {
      @Override
      public RefinedDocument apply(RawRecord r) {
        return apply(r);
      }
    };
    Row row = PoisonGuard.row(doc("deep", "((((((((((深"), recursive, table);
    assertThat((String) field(row, Columns.ERROR)).startsWith("processing failed: StackOverflowError");
  }

  @Test
  void anAlreadyBadRecordKeepsItsReaderError() {
    RawRecord bad = RawRecord.bad("s", "file:/in/x.jsonl", 3, "invalid JSON: Unexpected end-of-input",
        "{\"text\": \"半".getBytes(StandardCharsets.UTF_8));
    Row row = PoisonGuard.row(bad, poisoned, table);
    assertThat(field(row, Columns.ERROR)).isEqualTo("invalid JSON: Unexpected end-of-input");
  }
}
