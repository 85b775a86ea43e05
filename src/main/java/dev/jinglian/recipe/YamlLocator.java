package dev.jinglian.recipe;

import com.fasterxml.jackson.databind.JsonMappingException;
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

  /** {@code line:column} (1-based) of the deepest node on the path that exists, or null. */
  static String locate(String yaml, List<JsonMappingException.Reference> path) {
    Node node;
    try {
      node = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
    } catch (RuntimeException e) {
      return null;
    }
    Mark mark = node == null ? null : node.getStartMark();
    for (JsonMappingException.Reference ref : path) {
      if (node instanceof MappingNode map && ref.getFieldName() != null) {
        Node next = null;
        for (NodeTuple t : map.getValue()) {
          if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(ref.getFieldName())) {
            mark = k.getStartMark();
            next = t.getValueNode();
            break;
          }
        }
        if (next == null) {
          break;
        }
        node = next;
      } else if (node instanceof SequenceNode seq && ref.getIndex() >= 0 && ref.getIndex() < seq.getValue().size()) {
        node = seq.getValue().get(ref.getIndex());
        mark = node.getStartMark();
      } else {
        break;
      }
    }
    return mark == null ? null : (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
  }
}
