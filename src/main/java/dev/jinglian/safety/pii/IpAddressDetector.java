package dev.jinglian.safety.pii;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPv4 and IPv6 addresses.
 *
 * <p>Only addresses that can point at someone's machine are redacted by default: globally routable ones. Private,
 * loopback, link-local, multicast, reserved and documentation ranges (192.168.1.1 in a router manual, 127.0.0.1,
 * 255.255.255.0 netmasks, 2001:db8::/32 examples) identify nobody and are what technical text is made of; with
 * {@code redactNonPublic} they are redacted too.
 *
 * <p>A dotted quad is also the shape of a four-part version or section number. A quad is left alone when its
 * numbers look like a release ({@link #isVersionLike}), when the words before it name a version ({@code version},
 * {@code v}, {@code build}, {@code 版本} ...) or a section ({@code section}, {@code §}, {@code 第}), when it
 * follows {@code product/} (user agents), when {@code 版} follows it, or when it is part of a longer dotted run
 * ({@code 1.2.3.4.5}, OIDs).
 */
final class IpAddressDetector implements PiiDetector {
  private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
  private static final Pattern V4 = Pattern.compile(
      "(?<![0-9A-Za-z._])" + OCTET + "(?:\\." + OCTET + "){3}(?![0-9A-Za-z_]|\\.[0-9A-Za-z])");
  private static final Pattern V6 = Pattern.compile(
      "(?<![0-9A-Za-z_:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z_:]|\\.[0-9A-Za-z])");
  /** Words (lower case) that, right before a dotted quad, make it a version or section number. */
  private static final Set<String> VERSION_WORDS = Set.of(
      "version", "ver", "v", "release", "rel", "build", "firmware", "kernel", "update", "patch", "rev",
      "revision", "section", "sec", "clause", "chapter", "版本", "版本号", "固件", "内核", "补丁", "更新", "升级",
      "第", "§");
  private static final int CONTEXT_CHARS = 24;

  private final boolean redactNonPublic;

  IpAddressDetector(boolean redactNonPublic) {
    this.redactNonPublic = redactNonPublic;
  }

  @Override
  public PiiKind kind() {
    return PiiKind.IP;
  }

  @Override
  public void find(String text, TextScan scan, List<Span> out) {
    scan.find(text, V4, 4, 3, 0, m -> {
      if (!isVersionLike(m.group()) && !isVersionContext(text, m.start(), m.end())
          && (redactNonPublic || isPublicV4(m.group()))) {
        out.add(new Span(m.start(), m.end(), PiiKind.IP));
      }
    });
    findV6(text, out);
  }

  /** Runs the IPv6 pattern only on runs of hex digits and colons that hold two colons and a decimal digit. */
  private void findV6(String text, List<Span> out) {
    int colon = text.indexOf(':');
    Matcher m = null;
    while (colon >= 0) {
      int start = colon;
      while (start > 0 && isHexOrColon(text.charAt(start - 1))) {
        start--;
      }
      int end = colon;
      int colons = 0;
      boolean digit = false;
      while (end < text.length() && isHexOrColon(text.charAt(end))) {
        colons += text.charAt(end) == ':' ? 1 : 0;
        digit |= Digits.isDigit(text.charAt(end));
        end++;
      }
      if (colons >= 2 && digit) {
        if (m == null) {
          m = V6.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        m.region(start, end);
        while (m.find()) {
          int[] groups = parseV6(m.group());
          if (groups != null && (redactNonPublic || isPublicV6(groups))) {
            out.add(new Span(m.start(), m.end(), PiiKind.IP));
          }
        }
      }
      colon = text.indexOf(':', end);
    }
  }

  private static boolean isHexOrColon(char c) {
    return c == ':' || Digits.isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /**
   * A quad whose first part is one digit and whose other parts are all below 32 ({@code 1.15.7.2},
   * {@code 3.1.13.1}, {@code 1.2.3.4}) is read as a version number: release numbers look like that, while an
   * address drawn from the routable space has all three lower octets below 32 about once in 500 times. The
   * addresses it spares are anycast resolvers such as 8.8.8.8 and 1.1.1.1, which identify nobody.
   */
  static boolean isVersionLike(String quad) {
    String[] p = quad.split("\\.");
    if (p[0].length() != 1) {
      return false;
    }
    for (int i = 1; i < 4; i++) {
      if (Integer.parseInt(p[i]) >= 32) {
        return false;
      }
    }
    return true;
  }

  /** Whether the dotted quad at {@code [start, end)} reads as a version or section number (see class doc). */
  static boolean isVersionContext(String text, int start, int end) {
    int i = start;
    if (i >= 2 && text.charAt(i - 1) == '/' && Character.isLetter(text.charAt(i - 2))) {
      return true;
    }
    int limit = Math.max(0, start - CONTEXT_CHARS);
    while (i > limit && isFiller(text.charAt(i - 1))) {
      i--;
    }
    int wordEnd = i;
    while (i > limit && isWordChar(text.charAt(i - 1))) {
      i--;
    }
    String before = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
    if (VERSION_WORDS.contains(before) || endsWithVersionWord(before)) {
      return true;
    }
    int j = end;
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    return j < text.length() && text.charAt(j) == '版';
  }

  /** Chinese has no spaces: {@code 固件版本1.2.3.4} ends its run of Han characters with the keyword. */
  private static boolean endsWithVersionWord(String before) {
    if (before.isEmpty() || before.charAt(before.length() - 1) < 0x2E80) {
      return false;
    }
    for (String w : VERSION_WORDS) {
      if (w.charAt(0) >= 0x2E80 && before.endsWith(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFiller(char c) {
    return c == ' ' || c == ':' || c == '：' || c == '=' || c == '.' || c == '#' || c == '\t';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || c == '§';
  }

  /** Not in a private, shared, loopback, link-local, multicast, reserved or documentation range. */
  static boolean isPublicV4(String quad) {
    String[] p = quad.split("\\.");
    int a = Integer.parseInt(p[0]);
    int b = Integer.parseInt(p[1]);
    int c = Integer.parseInt(p[2]);
    return !(a == 0 || a == 10 || a == 127 || a >= 224
        || (a == 100 && b >= 64 && b <= 127)
        || (a == 169 && b == 254)
        || (a == 172 && b >= 16 && b <= 31)
        || (a == 192 && b == 168)
        || (a == 192 && b == 0 && (c == 0 || c == 2))
        || (a == 198 && (b == 18 || b == 19))
        || (a == 198 && b == 51 && c == 100)
        || (a == 203 && b == 0 && c == 113));
  }

  /**
   * The eight 16-bit groups of a valid IPv6 address, or null. Needs at least one decimal digit and three
   * groups, so {@code 12:30:45} (a time, no {@code ::}, too few groups), MAC addresses (six groups) and
   * {@code a::b} in code are not addresses; the loopback {@code ::1} and {@code ::} are not taken either (they
   * are never personal).
   */
  static int[] parseV6(String s) {
    int dc = s.indexOf("::");
    if (dc >= 0 && s.indexOf("::", dc + 1) >= 0) {
      return null;
    }
    if ((s.startsWith(":") && dc != 0) || (s.endsWith(":") && dc != s.length() - 2)) {
      return null;
    }
    String head = dc < 0 ? s : s.substring(0, dc);
    String tail = dc < 0 ? "" : s.substring(dc + 2);
    String[] h = head.isEmpty() ? new String[0] : head.split(":", -1);
    String[] t = tail.isEmpty() ? new String[0] : tail.split(":", -1);
    int count = h.length + t.length;
    if (dc < 0 ? count != 8 : count > 7) {
      return null;
    }
    if (count < 3 || s.chars().noneMatch(ch -> ch >= '0' && ch <= '9')) {
      return null;
    }
    int[] groups = new int[8];
    for (int i = 0; i < h.length; i++) {
      if (h[i].isEmpty()) {
        return null;
      }
      groups[i] = Integer.parseInt(h[i], 16);
    }
    for (int i = 0; i < t.length; i++) {
      if (t[i].isEmpty()) {
        return null;
      }
      groups[8 - t.length + i] = Integer.parseInt(t[i], 16);
    }
    return groups;
  }

  /** Global unicast (2000::/3) outside the documentation prefix 2001:db8::/32. */
  static boolean isPublicV6(int[] groups) {
    return groups[0] >= 0x2000 && groups[0] <= 0x3fff && !(groups[0] == 0x2001 && groups[1] == 0x0db8);
  }
}
