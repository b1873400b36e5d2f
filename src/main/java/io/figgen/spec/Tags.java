package io.figgen.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Semantic tags from a table cell: "`data_primary` + `data_warning`", "`a` / `b` / `c`", "x, y". Parenthesised
 * remarks such as "(child)" are not tags, nor are bare punctuation tokens such as "+".
 */
final class Tags {
    private Tags() {
    }

    static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        int depth = 0;
        for (int i = 0; i <= cell.length(); i++) {
            char c = i < cell.length() ? cell.charAt(i) : ' ';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth > 0 || c == '`') {
                continue;
            } else if (c == ',' || c == '/' || c == ';' || Character.isWhitespace(c)) {
                add(out, token);
            } else {
                token.append(c);
            }
        }
        return out;
    }

    private static void add(List<String> out, StringBuilder token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                out.add(token.toString());
                break;
            }
        }
        token.setLength(0);
    }
}
