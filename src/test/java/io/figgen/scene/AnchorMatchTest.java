package io.figgen.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which YAML anchor names a box: the one that names it whole before one a stem of its words meets. */
class AnchorMatchTest {
    private static Map<String, Object> anchor(String id, String label) {
        return Map.of("id", id, "label", label, "position", List.of(0, 0), "size", List.of(100, 50));
    }

    @Test
    void anAnchorNamingTheBoxWholeWinsOverAOneWordAnchorMetOnlyByAStem() {
        // TIME TO RECOVER had taken the size of the anchor RECOVERED (a timeline's event), not its own card's
        Anchors anchors = Anchors.of(Map.of("anchors", List.of(anchor("m_recovered", "RECOVERED"),
                anchor("metric_ttr", "TIME TO RECOVER"))));
        assertEquals("metric_ttr", anchors.match(Set.of("time", "to", "recover", "29", "min")).id());
        assertEquals("m_recovered", anchors.match(Set.of("recovered", "5xx", "back")).id(), "named whole, it still matches");
    }
}
