package org.nianbao.index;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.nianbao.index.TruthFiles.Truth;
import org.nianbao.ingest.SourceDocument;

/** Other versions of a truth report: other bytes (so another id) sent at another time. */
public final class Versions {

    private Versions() {
    }

    /** A copy of {@code truth} as version {@code label}, received at {@code receivedAt} (null for unknown). */
    public static Truth of(Truth truth, String label, String receivedAt) {
        ObjectNode tree = truth.tree().deepCopy();
        String id = SourceDocument.sha256Hex((truth.id() + "/" + label).getBytes(StandardCharsets.UTF_8));
        tree.put("id", id);
        ObjectNode source = (ObjectNode) tree.get("source");
        source.put("sha256", id);
        source.put("receivedAt", receivedAt);
        return new Truth(truth.file() + "#" + label, tree);
    }
}
