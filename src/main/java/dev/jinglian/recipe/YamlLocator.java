package dev.jinglian.recipe;

import java.io.StringReader;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds the line and column of a key path ({@code sources[0].txt_field}) in YAML text. Jackson binds records
 * through a token buffer, which loses positions; SnakeYAML's node tree keeps them.
 */
final class YamlLocator {
  private YamlLocator() {}

  /**
   * {@code line:column} (1-based) of the deepest node on the path that exists, or null.
   *
   * @param path field names (String) and list indexes (Integer)
   */
  static String locate(String yaml, List<Object> path) {
    return locate(yaml, path, false);
  }

  /** Like {@link #locate(String, List)}; with {@code exact}, null unless the whole path exists in this text. */
  static String locate(String yaml, List<Object> path, boolean exact) {
    Node node;
    try {
      node = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
    } catch (RuntimeException e) {
      return null;
    }
    Mark mark = node == null ? null : node.getStartMark();
    for (Object ref : path) {
      if (node instanceof MappingNode map && ref instanceof String field) {
        Node next = null;
        for (NodeTuple t : map.getValue()) {
          if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(field)) {
            mark = k.getStartMark();
            next = t.getValueNode();
            break;
          }
        }
        if (next == null) {
          return exact ? null : position(mark);
        }
        node = next;
      } else if (node instanceof SequenceNode seq && ref instanceof Integer i && i >= 0 && i < seq.getValue().size()) {
        node = seq.getValue().get(i);
        mark = node.getStartMark();
      } else {
        return exact ? null : position(mark);
      }
    }
    return position(mark);
  }

  private static String position(Mark mark) {
    return mark == null ? null : (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
  }
}
