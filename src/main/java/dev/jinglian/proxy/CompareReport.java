package dev.jinglian.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a comparison as a console table and as a self-contained HTML page. The page's body is one
 * {@code <section class="jl-proxy-compare">} between {@code <!-- jinglian:proxy-compare:begin -->} and
 * {@code <!-- jinglian:proxy-compare:end -->} markers, with its styles scoped to that class, so the run report can
 * embed it by copying the marked block (or show the page in an {@code <iframe>}).
 */
public final class CompareReport {
  private CompareReport() {}

  /** Header and rows of the ranking table (strings, for both renderings). */
  static List<List<String>> rows(CompareResult r) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("rank", "recipe", "tokens trained", "docs trained",
        "held-out overlaps removed"));
    for (CompareResult.EvalSetInfo s : r.evalSets()) {
      header.add(s.name() + " bits/byte");
      header.add(s.name() + " perplexity");
    }
    header.addAll(List.of("pooled bits/byte", "Δ vs best"));
    rows.add(header);
    for (CompareResult.Entry e : r.ranking()) {
      List<String> row = new ArrayList<>(List.of(String.valueOf(e.rank()), e.label(),
          String.format(Locale.ROOT, "%,d", e.trainedTokens()), String.format(Locale.ROOT, "%,d", e.trainedDocs()),
          e.decontaminatedDocs() + " docs"));
      for (EvalResult x : e.results()) {
        row.add(String.format(Locale.ROOT, "%.4f", x.bitsPerByte()));
        row.add(String.format(Locale.ROOT, "%.1f", x.perplexity()));
      }
      row.add(String.format(Locale.ROOT, "%.4f", e.pooledBitsPerByte()));
      row.add(String.format(Locale.ROOT, "%+.4f", e.deltaBitsPerByte()));
      rows.add(row);
    }
    return rows;
  }

  public static String table(CompareResult r) {
    List<List<String>> rows = rows(r);
    int[] width = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "proxy comparison: order-%d Kneser-Ney, budget %,d tokens per recipe, "
        + "seed %d%n", r.order(), r.budgetTokens(), r.seed()));
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        sb.append(i == 1 ? pad(cell, width[i], false) : pad(cell, width[i], true)).append(i + 1 < row.size()
            ? "  " : "");
      }
      sb.append(System.lineSeparator());
    }
    return sb.toString();
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(width - s.length());
    return right ? fill + s : s + fill;
  }

  public static String html(CompareResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Proxy-model comparison"
        + "</title></head><body>\n<!-- jinglian:proxy-compare:begin -->\n<section class=\"jl-proxy-compare\">\n"
        + "<style>.jl-proxy-compare{font-family:system-ui,sans-serif}"
        + ".jl-proxy-compare table{border-collapse:collapse}"
        + ".jl-proxy-compare th,.jl-proxy-compare td{border:1px solid #ccc;padding:3px 8px;text-align:right}"
        + ".jl-proxy-compare td:nth-child(2){text-align:left}.jl-proxy-compare tr.best{background:#e8f5e9}"
        + "</style>\n<h2>Proxy-model comparison</h2>\n");
    sb.append(String.format(Locale.ROOT, "<p>Each recipe's shards were decontaminated against the held-out sets "
        + "(%d-token overlaps), capped at the same budget of <b>%,d tokens</b> (seeded prefix, seed %d) and used to "
        + "train an order-%d interpolated modified Kneser-Ney model. Lower bits per byte is better; bits per byte "
        + "does not depend on the tokenizer.</p>\n", r.decontaminationNgram(), r.budgetTokens(), r.seed(),
        r.order()));
    sb.append("<table>\n");
    List<List<String>> rows = rows(r);
    for (int i = 0; i < rows.size(); i++) {
      String cell = i == 0 ? "th" : "td";
      sb.append(i == 1 ? "<tr class=\"best\">" : "<tr>");
      for (String c : rows.get(i)) {
        sb.append('<').append(cell).append('>').append(escape(c)).append("</").append(cell).append('>');
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n<p>Held-out sets: ");
    List<String> sets = new ArrayList<>();
    for (CompareResult.EvalSetInfo s : r.evalSets()) {
      sets.add(escape(s.name()) + " (" + s.docs() + " docs" + (s.quarantined() > 0 ? ", " + s.quarantined()
          + " unreadable records skipped" : "") + ")");
    }
    sb.append(String.join(", ", sets)).append(".</p>\n</section>\n<!-- jinglian:proxy-compare:end -->\n"
        + "</body></html>\n");
    return sb.toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
