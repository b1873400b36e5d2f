package io.figgen.theme;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

/**
 * The line each key of a YAML file is written on, by dotted path ({@code styles.card.fill}), so a theme error can
 * point at the key that is wrong rather than at the top of the file. Read from SnakeYAML's node tree, which keeps
 * positions; the loaded maps do not.
 */
final class KeyLines {
    private KeyLines() {
    }

    static Map<String, Integer> of(String yaml, LoaderOptions options) {
        Map<String, Integer> out = new HashMap<>();
        try {
            Node root = new Yaml(options).compose(new StringReader(yaml));
            walk(root, "", out);
        } catch (RuntimeException e) {
            // the file already loaded once; a second reading that fails just gives no lines
        }
        return out;
    }

    private static void walk(Node node, String prefix, Map<String, Integer> out) {
        if (!(node instanceof MappingNode map)) {
            return;
        }
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key) {
                String path = prefix.isEmpty() ? key.getValue() : prefix + "." + key.getValue();
                out.put(path, key.getStartMark().getLine() + 1);
                walk(t.getValueNode(), path, out);
            }
        }
    }
}
