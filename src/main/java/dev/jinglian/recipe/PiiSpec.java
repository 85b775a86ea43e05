package dev.jinglian.recipe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.jinglian.safety.pii.PiiKind;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Redaction of personal information ({@code normalize.pii}), applied after the other normalization steps.
 *
 * @param enabled whether PII is redacted at all (default true)
 * @param types which kinds: {@code email}, {@code phone}, {@code id_number}, {@code bank_card}, {@code ip}
 *     (default all)
 * @param redactPrivateIps also redact private, loopback, link-local, reserved and documentation IP addresses
 *     (default false: they identify nobody and fill technical documentation)
 */
public record PiiSpec(
    @JsonPropertyDescription("whether PII is redacted")
    @JsonProperty("enabled") Boolean enabled,
    @JsonPropertyDescription("which kinds to redact: email, phone, id_number, bank_card, ip (default: all)")
    @JsonProperty("types") List<String> types,
    @JsonPropertyDescription("also redact private/loopback IP addresses (default: only public ones)")
    @JsonProperty("redact_private_ips") Boolean redactPrivateIps) implements Serializable {

  public PiiSpec {
    enabled = enabled == null || enabled;
    List<String> all = new ArrayList<>();
    for (PiiKind k : PiiKind.values()) {
      all.add(k.key());
    }
    types = types == null ? all : List.copyOf(types);
    for (String t : types) {
      PiiKind.fromKey(t);
    }
    redactPrivateIps = redactPrivateIps != null && redactPrivateIps;
  }

  public static PiiSpec defaults() {
    return new PiiSpec(null, null, null);
  }

  /** The kinds to redact (empty when disabled). */
  @JsonIgnore
  public Set<PiiKind> kinds() {
    Set<PiiKind> kinds = EnumSet.noneOf(PiiKind.class);
    if (enabled) {
      for (String t : types) {
        kinds.add(PiiKind.fromKey(t));
      }
    }
    return kinds;
  }
}
