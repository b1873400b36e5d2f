package io.figgen.cli;

import io.figgen.model.Limits;
import io.figgen.theme.Theme;
import io.figgen.theme.ThemeLoader;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The {@code --theme} option the commands share (a picocli mixin): the user's file over the house theme. */
final class ThemeOption {
    @Option(names = "--theme", paramLabel = "FILE",
            description = "theme YAML over the house theme: the keys it gives replace the house theme's")
    Path file;

    Theme load() {
        if (file == null) {
            return ThemeLoader.house();
        }
        byte[] bytes = InputFile.read(file, Limits.MAX_THEME_BYTES);
        return ThemeLoader.over(new String(bytes, StandardCharsets.UTF_8), file.toString());
    }

    /** How messages name the theme. */
    String name() {
        return String.valueOf(file);
    }
}
