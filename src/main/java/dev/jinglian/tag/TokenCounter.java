package dev.jinglian.tag;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.IntArrayList;

/** BPE token counts in the recipe's encoding (jtokkit). Special-token text is counted as ordinary text. */
public final class TokenCounter {
  private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

  private final Encoding encoding;

  private TokenCounter(Encoding encoding) {
    this.encoding = encoding;
  }

  public static TokenCounter named(String encodingName) {
    return new TokenCounter(REGISTRY.getEncoding(encodingName)
        .orElseThrow(() -> new IllegalArgumentException("unknown BPE encoding '" + encodingName + "'")));
  }

  public int count(String text) {
    return encoding.countTokensOrdinary(text);
  }

  public int[] encode(String text) {
    IntArrayList ids = encoding.encodeOrdinary(text);
    return ids.toArray();
  }

  public String name() {
    return encoding.getName();
  }
}
