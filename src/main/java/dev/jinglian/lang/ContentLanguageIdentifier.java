package dev.jinglian.lang;

import dev.jinglian.tag.DocumentAnalysis;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Language by content, in two steps. The script step ({@link ScriptLanguageIdentifier}) settles Chinese
 * (simplified or traditional), Japanese, Korean and single-script languages at the cost of one pass over the
 * characters; only text in a shared script (Latin, Cyrillic, Arabic, Devanagari) goes to the n-gram detector,
 * restricted to the recipe's languages of that script. The score multiplies the script share by the detector's
 * probability, so it reads as "how much of this document is in the labelled language": a page that is 90 %
 * English and 10 % Chinese is {@code en} with a score near 0.9, whatever its source claimed.
 *
 * <p>With one candidate language in a script there is nothing to detect and that language is assigned; with
 * none, the tag stays {@code und-Latn} (or the like) with the script share as its score.
 */
public final class ContentLanguageIdentifier implements LanguageIdentifier {
  private final Map<UnicodeScript, List<String>> candidates = new EnumMap<>(UnicodeScript.class);
  private final int sampleChars;
  private transient Map<UnicodeScript, NgramDetector> detectors;

  /**
   * @param languages tags to tell apart; those of shared scripts go to the detector, others need no model
   * @param sampleChars characters of a long document the detector examines
   */
  public ContentLanguageIdentifier(Collection<String> languages, int sampleChars) {
    for (String code : new TreeSet<>(languages)) {
      UnicodeScript script = LanguageCodes.detectorScript(code);
      if (script != null) {
        candidates.computeIfAbsent(script, s -> new ArrayList<>()).add(code);
      }
    }
    this.sampleChars = sampleChars;
  }

  @Override
  public void identify(DocumentAnalysis doc) {
    ScriptLanguageIdentifier.Guess guess = ScriptLanguageIdentifier.guess(doc.text(), doc.scripts());
    List<String> inScript = guess.needsDetector() ? candidates.get(guess.detectorScript()) : null;
    if (inScript == null) {
      doc.setLanguage(guess.tag(), guess.share());
    } else if (inScript.size() == 1) {
      doc.setLanguage(inScript.get(0), guess.share());
    } else {
      NgramDetector.Result r = detector(guess.detectorScript()).detect(
          NgramDetector.sample(doc.text(), sampleChars));
      if (r == null) {
        doc.setLanguage(guess.tag(), 0);
      } else {
        doc.setLanguage(r.language(), guess.share() * r.probability());
      }
    }
  }

  private NgramDetector detector(UnicodeScript script) {
    if (detectors == null) {
      detectors = new EnumMap<>(UnicodeScript.class);
    }
    return detectors.computeIfAbsent(script, s -> new NgramDetector(candidates.get(s)));
  }
}
