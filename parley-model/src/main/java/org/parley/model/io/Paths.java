package org.parley.model.io;

import com.networknt.schema.path.NodePath;

/** Document paths as users read them: {@code positions[12].salience}. */
final class Paths {

    private Paths() {}

    /** A child key under a path. */
    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** An item index under a path. */
    static String item(String path, int index) {
        return path + "[" + index + "]";
    }

    /** Renders a schema validator's instance path. */
    static String render(NodePath path) {
        String out = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            Object el = path.getElement(i);
            out = el instanceof Integer idx ? item(out, idx) : child(out, el.toString());
        }
        return out;
    }

    /** The node at a schema validator's instance path, or null. */
    static Node find(Node root, NodePath path) {
        Node node = root;
        for (int i = 0; i < path.getNameCount() && node != null; i++) {
            Object el = path.getElement(i);
            if (el instanceof Integer idx && node instanceof Node.ListNode list) {
                node = idx < list.items().size() ? list.items().get(idx) : null;
            } else if (node instanceof Node.MapNode map) {
                node = map.get(el.toString());
            } else {
                node = null;
            }
        }
        return node;
    }
}
