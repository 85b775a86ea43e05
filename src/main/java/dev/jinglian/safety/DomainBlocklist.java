package dev.jinglian.safety;

import dev.jinglian.util.Hash64;
import dev.jinglian.util.LongIndex;
import java.io.Serializable;
import java.net.IDN;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Blocked domains; a host is blocked when it or any parent domain is listed ({@code m.example.com} is blocked by
 * {@code example.com}). Domains are kept as 64-bit hashes in a {@link LongIndex}, so lists of millions of domains
 * (category blocklists) fit in tens of megabytes.
 *
 * <p>List lines may be a domain ({@code example.com}), a wildcard ({@code *.example.com}, {@code .example.com}),
 * a URL (its host is taken) or a hosts-file line ({@code 0.0.0.0 example.com}). Internationalized names are
 * compared in their ASCII (punycode) form.
 */
public final class DomainBlocklist implements Serializable {
  private static final Pattern DOMAIN =
      Pattern.compile("[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*");
  private static final List<String> SINK_ADDRESSES = List.of("0.0.0.0", "127.0.0.1", "::1", "::");

  private final LongIndex domains;

  private DomainBlocklist(LongIndex domains) {
    this.domains = domains;
  }

  /** Builds the list from list-file entries, failing on a line that holds no domain with its file and line. */
  public static DomainBlocklist of(List<ListFile.Entry> entries) {
    LongIndex index = new LongIndex(entries.size());
    for (ListFile.Entry e : entries) {
      String domain = parseEntry(e.text());
      if (domain == null) {
        throw new IllegalArgumentException(e.error("not a domain: '" + e.text() + "'"));
      }
      index.add(Hash64.of(domain));
    }
    return new DomainBlocklist(index);
  }

  public int size() {
    return domains.size();
  }

  /** The listed domain that blocks {@code host} (the host itself or its nearest listed parent), or null. */
  public String blockingDomain(String host) {
    int i = 0;
    while (true) {
      if (domains.contains(Hash64.of(host, i, host.length()))) {
        return host.substring(i);
      }
      int dot = host.indexOf('.', i);
      if (dot < 0) {
        return null;
      }
      i = dot + 1;
    }
  }

  static String parseEntry(String line) {
    String t = line.strip();
    String[] parts = t.split("\\s+");
    if (parts.length == 2 && SINK_ADDRESSES.contains(parts[0])) {
      t = parts[1];
    } else if (parts.length != 1) {
      return null;
    }
    if (t.startsWith("*.")) {
      t = t.substring(2);
    } else if (t.startsWith(".")) {
      t = t.substring(1);
    }
    String host = hostOf(t);
    return host != null && DOMAIN.matcher(host).matches() ? host : null;
  }

  /**
   * The host of a URL ({@code https://user@Www.Example.com:8443/x} → {@code www.example.com}), in lower case,
   * ASCII form, without a trailing dot; a bare host or {@code host/path} is accepted too. Null when there is none.
   */
  public static String hostOf(String url) {
    String s = url.strip();
    int scheme = s.indexOf("://");
    if (scheme >= 0) {
      s = s.substring(scheme + 3);
    } else if (s.startsWith("//")) {
      s = s.substring(2);
    }
    int end = s.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int k = s.indexOf(c);
      if (k >= 0 && k < end) {
        end = k;
      }
    }
    s = s.substring(0, end);
    s = s.substring(s.lastIndexOf('@') + 1);
    if (s.startsWith("[")) {
      int close = s.indexOf(']');
      return close > 1 ? s.substring(1, close).toLowerCase(Locale.ROOT) : null;
    }
    int colon = s.lastIndexOf(':');
    if (colon >= 0) {
      s = s.substring(0, colon);
    }
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty()) {
      return null;
    }
    try {
      s = IDN.toASCII(s, IDN.ALLOW_UNASSIGNED);
    } catch (IllegalArgumentException e) {
      return null;
    }
    return s.toLowerCase(Locale.ROOT);
  }
}
