package io.figgen.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** figgen run in this JVM with given standard input; what it wrote to stdout (text and bytes) and stderr. */
final class Cli {
    record Run(int code, String out, byte[] bytes, String err) {
        String all() {
            return out + err;
        }
    }

    private Cli() {
    }

    static Run figgen(String... args) {
        return withStdin(new byte[0], args);
    }

    static Run withStdin(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = Main.run(args, new Streams(new ByteArrayInputStream(stdin), bytes), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Run(code, out.toString(), bytes.toByteArray(), err.toString());
    }
}
