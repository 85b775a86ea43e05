package dev.jinglian.safety;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.jinglian.filter.DocumentFilter;
import dev.jinglian.filter.FilterDefinition;
import dev.jinglian.filter.FilterParams;
import dev.jinglian.filter.Reason;
import dev.jinglian.filter.Verdict;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Drops documents whose source URL is on a blocked domain or one of its subdomains (adult, gambling, malware
 * category lists): for web crawls the site says more about a page than its words. The URL comes from a metadata
 * field, which the source must copy ({@code metadata_fields: [url]}); documents without it are not judged.
 *
 * <p>Blocklists can hold millions of domains, so each distinct set of list files is loaded once per JVM and
 * shared by every partition's filter.
 */
public final class UrlBlocklistFilter implements DocumentFilter {
  public static final String FAMILY = "url_blocklist";
  public static final String BLOCKED = "url_blocked";

  public static final FilterDefinition<Params> DEFINITION =
      new FilterDefinition<>(FAMILY, Params.class, false, UrlBlocklistFilter::new,
          "documents whose URL is on a domain blocklist");

  private static final Map<List<String>, DomainBlocklist> LOADED = new ConcurrentHashMap<>();

  /** Why {@link UrlBlocklistFilter} drops a document. */
  public enum Why implements Reason {
    BLOCKED_DOMAIN;

    @Override
    public String family() {
      return FAMILY;
    }
  }

  /**
   * @param enabled whether the rule runs (default true once the family is named; it is off when not named)
   * @param urlField the metadata field holding the document's URL (default {@code url})
   * @param blocklists list files of blocked domains, any Hadoop path (required)
   */
  public record Params(
      @JsonPropertyDescription("whether the rule runs (on when the family is named)")
    @JsonProperty("enabled") Boolean enabled,
      @JsonPropertyDescription("metadata field holding the document URL (list it in the source's metadata_fields)")
    @JsonProperty("url_field") String urlField,
      @JsonPropertyDescription("domain list files (domains, *.domain, URLs or hosts-file lines); subdomains of a listed domain match")
    @JsonProperty("blocklists") List<String> blocklists) implements FilterParams {
    public static final String URL_FIELD_DEFAULT = "url";

    public Params {
      enabled = enabled == null || enabled;
      urlField = urlField == null ? URL_FIELD_DEFAULT : urlField;
      blocklists = blocklists == null ? List.of() : List.copyOf(blocklists);
      if (urlField.isBlank()) {
        throw new IllegalArgumentException("url_blocklist: url_field must name a metadata field");
      }
      if (enabled && blocklists.isEmpty()) {
        throw new IllegalArgumentException("url_blocklist: blocklists needs at least one file of blocked domains");
      }
    }
  }

  private final Params params;
  private final DomainBlocklist blocklist;

  public UrlBlocklistFilter(Params params) {
    this.params = params;
    this.blocklist = LOADED.computeIfAbsent(params.blocklists(), UrlBlocklistFilter::load);
  }

  private static DomainBlocklist load(List<String> files) {
    List<ListFile.Entry> entries = new ArrayList<>();
    for (String f : files) {
      entries.addAll(ListFile.read(f));
    }
    return DomainBlocklist.of(entries);
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public List<String> signalNames() {
    return List.of(BLOCKED);
  }

  @Override
  public void measure(DocumentAnalysis doc, Signals out) {
    String host = host(doc);
    if (host != null) {
      out.put(BLOCKED, blocklist.blockingDomain(host) != null ? 1 : 0);
    }
  }

  @Override
  public Verdict decide(DocumentAnalysis doc, Signals signals) {
    if (!signals.has(BLOCKED)) {
      return Verdict.notApplicable("no URL in meta." + params.urlField());
    }
    if (signals.get(BLOCKED) > 0) {
      String host = host(doc);
      return Verdict.reject(Why.BLOCKED_DOMAIN, blocklist.blockingDomain(host) + " (host " + host + ")");
    }
    return Verdict.keep();
  }

  private String host(DocumentAnalysis doc) {
    String url = doc.meta().get(params.urlField());
    return url == null || url.isBlank() ? null : DomainBlocklist.hostOf(url);
  }
}
