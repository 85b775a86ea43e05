package dev.jinglian.recipe;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One input source of a recipe.
 *
 * @param name short unique name, used in ids, stats and the manifest ({@code [a-z0-9_-]+})
 * @param path a file, directory or glob (Hadoop syntax; relative paths are taken from the working directory)
 * @param format how the files are read
 * @param textField field holding the document text (JSONL and Parquet)
 * @param idField field holding the document id; when absent or empty a stable id is derived
 * @param metadataFields fields copied into the document's {@code meta} map as strings
 * @param textSplit for plain text: one document per file or per paragraph
 * @param filters filter families whose parameters differ for this source (null: the recipe's)
 */
public record SourceSpec(
    @JsonPropertyDescription("unique source name, [a-z0-9][a-z0-9_-]*; used in ids, stats and the manifest")
    @JsonProperty(value = "name", required = true) String name,
    @JsonPropertyDescription("file, directory (walked recursively) or Hadoop glob; hidden files (.x, _x) are skipped")
    @JsonProperty(value = "path", required = true) String path,
    @JsonPropertyDescription("jsonl (gzip detected by magic bytes), parquet or text")
    @JsonProperty("format") InputFormat format,
    @JsonPropertyDescription("field holding the text (jsonl, parquet); dotted names reach into nested objects")
    @JsonProperty("text_field") String textField,
    @JsonPropertyDescription("field holding the id; records without one get a stable id derived from source, file name, record number and text")
    @JsonProperty("id_field") String idField,
    @JsonPropertyDescription("fields copied as strings into the meta map column")
    @JsonProperty("metadata_fields") List<String> metadataFields,
    @JsonPropertyDescription("for text: one document per paragraph (blank-line separated) or per file")
    @JsonProperty("text_split") TextSplit textSplit,
    @JsonPropertyDescription("this source's filter overrides: families named here replace the recipe's parameters for this source")
    @JsonProperty("filters") dev.jinglian.filter.FilterSpecs filters) implements Serializable {

  public static final String TEXT_FIELD_DEFAULT = "text";
  public static final String ID_FIELD_DEFAULT = "id";
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  public SourceSpec {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "source name '" + name + "' must match [a-z0-9][a-z0-9_-]* (it is used in ids and paths)");
    }
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("source '" + name + "' needs a path");
    }
    format = format == null ? InputFormat.JSONL : format;
    textField = textField == null ? TEXT_FIELD_DEFAULT : textField;
    idField = idField == null ? ID_FIELD_DEFAULT : idField;
    metadataFields = metadataFields == null ? List.of() : List.copyOf(metadataFields);
    textSplit = textSplit == null ? TextSplit.PARAGRAPH : textSplit;
  }

  /** A source with the recipe's filters. */
  public SourceSpec(String name, String path, InputFormat format, String textField, String idField,
      List<String> metadataFields, TextSplit textSplit) {
    this(name, path, format, textField, idField, metadataFields, textSplit, null);
  }
}
