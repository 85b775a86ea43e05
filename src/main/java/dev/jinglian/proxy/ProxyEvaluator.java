package dev.jinglian.proxy;

import dev.jinglian.tag.TokenCounter;
import java.nio.charset.StandardCharsets;

/** Scores held-out sets with a loaded model, in the model's own encoding. */
public final class ProxyEvaluator {
  private final KneserNeyModel model;
  private final TokenCounter tokenizer;

  public ProxyEvaluator(KneserNeyModel model) {
    this.model = model;
    this.tokenizer = TokenCounter.named(model.info().encoding());
  }

  public EvalResult evaluate(HeldOutSet set) {
    long tokens = 0;
    long bytes = 0;
    double bits = 0;
    for (String text : set.texts()) {
      int[] ids = tokenizer.encode(text);
      tokens += ids.length;
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
      bits += model.bits(ids);
    }
    return new EvalResult(set.name(), set.texts().size(), tokens, bytes, bits, set.quarantined());
  }
}
