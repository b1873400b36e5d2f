package io.figgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.figgen.TestFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

/** Names and text from the user's files cannot act on the terminal or forge a message line. */
class MessageEscapingTest {
    private static final String FORGERY = "\u001b]0;owned\u0007\u001b[2K\r\nfake.md:1: all good\u009b31m\u202e";

    private static void assertInert(String printed, int lines) {
        for (char c : printed.toCharArray()) {
            assertTrue(c == '\n' || c >= 0x20 && (c < 0x7f || c > 0x9f) && (c < '\u202a' || c > '\u202e'),
                    "a character that acts on a terminal reached it: U+" + Integer.toHexString(c) + " in " + printed);
        }
        assertEquals(lines, printed.strip().lines().count(), printed);
    }

    @Test
    void fileAndElementNamesAreEscaped(@TempDir Path dir) throws Exception {
        // a table cell cannot hold a line break, so the element's forgery uses the terminal's own controls
        String inCell = FORGERY.replace("\r\n", "\u001b[1E");
        String spec = Files.readString(TestFigures.CHOICE_12)
                .replace("| Directory footer | `callout_bar` | alembic/ directory location |",
                        "| Directory footer | `callout_bar` | alembic/ directory location |\n| Qwop" + inCell + " | `text` | nothing |");
        Path file = Files.writeString(dir.resolve("a" + FORGERY.replace("/", "").replace("\u0000", "") + ".md"), spec);
        RenderCommandTest.Run run = RenderCommandTest.figgen("render", file.toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("\\u001b"), "escaped visibly: " + run.err());
        assertInert(run.err(), (int) run.err().strip().lines().count());
        assertFalse(run.err().lines().anyMatch(l -> l.startsWith("fake.md")), "no forged line: " + run.err());
        assertInert(run.out(), 1);
    }

    @Test
    void errorsAboutABrokenFileStayOneLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("b" + FORGERY + ".md"), "");
        RenderCommandTest.Run run = RenderCommandTest.figgen("render", file.toString(), "-o", dir.resolve("out").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.code());
        assertInert(run.err(), 1);
    }

    @Test
    void themeValuesInErrorsAreEscaped(@TempDir Path dir) throws Exception {
        Path theme = Files.writeString(dir.resolve("t.yaml"), Files.readString(Path.of("src/main/resources/io/figgen/theme/house.yaml"))
                .replace("background: \"#f6f3e6\"", "background: \"x\\e[31m\\nfake.md:1: ok\""));
        RenderCommandTest.Run run = RenderCommandTest.figgen("check", TestFigures.CHOICE_12.toString(), "--theme", theme.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run.err());
        assertInert(run.err(), 1);
    }
}
