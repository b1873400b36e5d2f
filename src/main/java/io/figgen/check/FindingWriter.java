package io.figgen.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes findings as text lines, as JSON, or as SARIF 2.1.0 so CI systems can annotate the spec. */
public final class FindingWriter {
    /** Where SARIF viewers send a reader who wants to know what figgen is (the project's home, as in the pom). */
    public static final String PROJECT_URI = "https://github.com/figgen/figgen";

    private FindingWriter() {
    }

    public static String json(List<Finding> findings) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            sb.append("  {\"file\": ").append(str(f.file())).append(", \"line\": ").append(f.line())
                    .append(", \"rule\": ").append(str(f.rule())).append(", \"severity\": ")
                    .append(str(f.severity().name().toLowerCase(Locale.ROOT))).append(", \"message\": ").append(str(f.message()))
                    .append('}').append(i + 1 < findings.size() ? ",\n" : "\n");
        }
        return sb.append("]\n").toString();
    }

    public static String sarif(List<Finding> findings, String version) {
        Map<String, String> rules = new LinkedHashMap<>();
        for (Finding f : findings) {
            rules.putIfAbsent(ruleId(f.rule()), f.rule());
        }
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n");
        sb.append("  \"runs\": [{\n    \"tool\": {\"driver\": {\"name\": \"figgen\", \"version\": ").append(str(version))
                .append(", \"informationUri\": ").append(str(PROJECT_URI)).append(", \"rules\": [");
        int i = 0;
        for (Map.Entry<String, String> r : rules.entrySet()) {
            sb.append(i++ > 0 ? ", " : "").append("{\"id\": ").append(str(r.getKey())).append(", \"name\": ").append(str(r.getValue())).append('}');
        }
        sb.append("]}},\n    \"results\": [\n");
        for (int k = 0; k < findings.size(); k++) {
            Finding f = findings.get(k);
            sb.append("      {\"ruleId\": ").append(str(ruleId(f.rule()))).append(", \"level\": ").append(str(level(f.severity())))
                    .append(", \"message\": {\"text\": ").append(str(f.message())).append("}, \"locations\": [{\"physicalLocation\": ")
                    .append("{\"artifactLocation\": {\"uri\": ").append(str(f.file().replace('\\', '/'))).append("}, \"region\": {\"startLine\": ")
                    .append(Math.max(1, f.line())).append("}}}]}").append(k + 1 < findings.size() ? ",\n" : "\n");
        }
        return sb.append("    ]\n  }]\n}\n").toString();
    }

    /** SARIF rule ids may not hold spaces: "rule 3" becomes "spec-rule-3". */
    private static String ruleId(String rule) {
        return rule.startsWith("rule ") ? "spec-rule-" + rule.substring(5) : rule;
    }

    private static String level(Finding.Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }

    static String str(String s) {
        return io.figgen.model.JsonText.quote(s);
    }
}
