package dev.jinglian.recipe;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One benchmark to decontaminate against: where its items are and which fields hold their text.
 *
 * @param name short unique name, used in reject details and stats ({@code [a-z0-9][a-z0-9_-]*})
 * @param path a file, directory or glob (Hadoop syntax; gzip is detected)
 * @param format {@code jsonl} (default) or {@code csv}
 * @param fields JSONL: the fields whose text makes up an item, in order (e.g. {@code [question, answer]}); a field
 *     holding an array contributes each element (e.g. a {@code choices} list)
 * @param questionColumn CSV: the header name of the question column
 * @param optionColumns CSV: header names of the answer-option columns, in order (default none)
 */
public record BenchmarkSpec(
    @JsonPropertyDescription("benchmark name, used in reasons and stats")
    @JsonProperty(value = "name", required = true) String name,
    @JsonPropertyDescription("file, directory or glob of benchmark files")
    @JsonProperty(value = "path", required = true) String path,
    @JsonPropertyDescription("jsonl or csv (default: from the file extension)")
    @JsonProperty("format") String format,
    @JsonPropertyDescription("JSONL fields whose text forms the item (e.g. question, answer)")
    @JsonProperty("fields") List<String> fields,
    @JsonPropertyDescription("CSV column with the question")
    @JsonProperty("question_column") String questionColumn,
    @JsonPropertyDescription("CSV columns with the options (e.g. A, B, C, D)")
    @JsonProperty("option_columns") List<String> optionColumns) implements Serializable {

  public static final String JSONL = "jsonl";
  public static final String CSV = "csv";
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  public BenchmarkSpec {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("benchmark name '" + name + "' must match [a-z0-9][a-z0-9_-]*");
    }
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("benchmark '" + name + "' needs a path");
    }
    format = format == null ? JSONL : format.toLowerCase(Locale.ROOT);
    fields = fields == null ? List.of() : List.copyOf(fields);
    optionColumns = optionColumns == null ? List.of() : List.copyOf(optionColumns);
    switch (format) {
      case JSONL -> {
        if (fields.isEmpty()) {
          throw new IllegalArgumentException("benchmark '" + name + "': jsonl needs fields (the JSON fields that "
              + "hold an item's text, e.g. [question, answer])");
        }
        if (questionColumn != null || !optionColumns.isEmpty()) {
          throw new IllegalArgumentException("benchmark '" + name + "': question_column and option_columns are "
              + "for csv; a jsonl benchmark names its fields");
        }
      }
      case CSV -> {
        if (questionColumn == null || questionColumn.isBlank()) {
          throw new IllegalArgumentException("benchmark '" + name + "': csv needs question_column (the header of "
              + "the question column)");
        }
        if (!fields.isEmpty()) {
          throw new IllegalArgumentException("benchmark '" + name + "': fields is for jsonl; a csv benchmark names "
              + "question_column and option_columns");
        }
      }
      default -> throw new IllegalArgumentException("benchmark '" + name + "': format must be jsonl or csv, got '"
          + format + "'");
    }
  }

  /** The CSV columns that make up an item: the question, then the options. */
  public List<String> csvColumns() {
    List<String> cols = new java.util.ArrayList<>();
    cols.add(questionColumn);
    cols.addAll(optionColumns);
    return cols;
  }
}
