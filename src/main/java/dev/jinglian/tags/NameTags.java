package dev.jinglian.tags;

import dev.jinglian.filter.FilterDefinition;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import dev.jinglian.tag.Token;
import dev.jinglian.tag.WordSegmenter;
import java.util.List;

/**
 * Counts of person, place and organization names found by HanLP's dictionary-based name recognizers (natures
 * {@code nr*}, {@code ns*}, {@code nt*}). Those recognizers only run with the recipe's
 * {@code tokenizer.segmenter: standard} (about 3-4× slower than the default {@code fast}); with any other
 * segmenter the columns are null ("not measured"), never a misleading zero.
 */
public final class NameTags extends TagFamily {
  public static final String FAMILY = "name_tags";
  public static final String PERSON_NAMES = "person_names";
  public static final String PLACE_NAMES = "place_names";
  public static final String ORGANIZATION_NAMES = "organization_names";

  public static final FilterDefinition<TagParams> DEFINITION =
      new FilterDefinition<>(FAMILY, TagParams.class, true, p -> new NameTags(),
      "tags person/place/organization name counts (tokenizer.segmenter standard only, else null); never drops");

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public List<String> signalNames() {
    return List.of(PERSON_NAMES, PLACE_NAMES, ORGANIZATION_NAMES);
  }

  @Override
  public void measure(DocumentAnalysis doc, Signals out) {
    if (doc.segmenterMode() != WordSegmenter.Mode.STANDARD) {
      return;
    }
    int person = 0;
    int place = 0;
    int org = 0;
    for (Token t : doc.segmented()) {
      String n = t.nature();
      if (n == null) {
        continue;
      }
      if (n.startsWith("nr")) {
        person++;
      } else if (n.startsWith("ns")) {
        place++;
      } else if (n.startsWith("nt")) {
        org++;
      }
    }
    out.put(PERSON_NAMES, person);
    out.put(PLACE_NAMES, place);
    out.put(ORGANIZATION_NAMES, org);
  }
}
