package io.figgen.cli;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The byte streams behind {@code -} as a spec (standard input) and {@code -o -} (standard output, which may carry
 * a PNG or PDF, so it is bytes, not the text writer messages go to). Tests pass their own.
 */
record Streams(InputStream in, OutputStream out) {
    static Streams system() {
        return new Streams(System.in, System.out);
    }
}
