package dev.jinglian.lang;

import java.lang.Character.UnicodeScript;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The language tags Jinglian can assign, and which of them a statistical detector has to tell apart (those whose
 * script other languages share). Tags are BCP-47: a two-letter ISO 639-1 code, {@code zh-Hans}/{@code zh-Hant}
 * for Chinese, {@code und} (or {@code und-Latn}-style) when undetermined.
 */
public final class LanguageCodes {
  public static final String UNDETERMINED = "und";

  /** Languages the n-gram detector has profiles for, by the shared script they are written in. */
  private static final Map<String, UnicodeScript> DETECTED = detected();

  /** Tags decided from the script alone. */
  private static final Set<String> SCRIPT_DECIDED = scriptDecided();

  private LanguageCodes() {}

  private static Map<String, UnicodeScript> detected() {
    Map<String, UnicodeScript> m = new TreeMap<>();
    for (String code : ("af an ast br ca cs cy da de en es et eu fi fr ga gl hr ht hu id is it lt lv ms mt nl no oc "
        + "pl pt ro sk sl so sq sv sw tl tr vi").split(" ")) {
      m.put(code, UnicodeScript.LATIN);
    }
    for (String code : "be bg mk ru sr uk".split(" ")) {
      m.put(code, UnicodeScript.CYRILLIC);
    }
    for (String code : "ar fa ur".split(" ")) {
      m.put(code, UnicodeScript.ARABIC);
    }
    for (String code : "hi mr ne".split(" ")) {
      m.put(code, UnicodeScript.DEVANAGARI);
    }
    return Collections.unmodifiableMap(m);
  }

  private static Set<String> scriptDecided() {
    Set<String> s = new TreeSet<>(List.of("zh", ChineseVariant.SIMPLIFIED, ChineseVariant.TRADITIONAL, "ja", "ko",
        UNDETERMINED));
    s.addAll(ScriptLanguageIdentifier.singleLanguageTags());
    return Collections.unmodifiableSet(s);
  }

  /** The shared script a detector must resolve {@code code} in, or null when the script alone decides it. */
  public static UnicodeScript detectorScript(String code) {
    return DETECTED.get(code);
  }

  public static boolean isKnown(String tag) {
    return DETECTED.containsKey(tag) || SCRIPT_DECIDED.contains(tag);
  }

  /** Every tag a recipe may name, sorted. */
  public static Set<String> known() {
    Set<String> all = new TreeSet<>(DETECTED.keySet());
    all.addAll(SCRIPT_DECIDED);
    return all;
  }

  /**
   * Whether a document tagged {@code tag} matches the recipe entry {@code wanted}: equal, or {@code wanted} is a
   * prefix ending at a subtag boundary ({@code zh} matches {@code zh-Hans} and {@code zh-Hant}; {@code und}
   * matches {@code und-Latn}).
   */
  public static boolean matches(String tag, String wanted) {
    return tag.equals(wanted) || (tag.startsWith(wanted) && tag.charAt(wanted.length()) == '-');
  }
}
