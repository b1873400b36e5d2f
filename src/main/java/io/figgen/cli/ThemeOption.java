package io.figgen.cli;

import io.figgen.theme.Theme;
import io.figgen.theme.ThemeLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resolves the {@code --theme} option shared by the commands: the user's file, or the house theme. */
final class ThemeOption {
    private ThemeOption() {
    }

    static Theme load(Path file) throws IOException {
        if (file == null) {
            return ThemeLoader.house();
        }
        return ThemeLoader.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }
}
