package dev.jinglian.normalize;

import com.hankcs.hanlp.HanLP;

/** Traditional → simplified Chinese with HanLP's phrase-aware conversion dictionary. */
public final class TraditionalToSimplified implements Transform {
  @Override
  public String name() {
    return "t2s";
  }

  @Override
  public String apply(String text) {
    return HanLP.convertToSimplifiedChinese(text);
  }
}
