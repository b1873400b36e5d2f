package io.figgen.layout;

import io.figgen.model.FontFace;

/** A concrete text style: a type role resolved at the figure's scale. {@code role} names it in the output. */
record TextStyle(String role, FontFace face, double size, String color, double letterSpacing) {
    TextStyle withColor(String c) {
        return new TextStyle(role, face, size, c, letterSpacing);
    }

    TextStyle withFace(FontFace f) {
        return new TextStyle(role, f, size, color, letterSpacing);
    }

    TextStyle withSize(double s) {
        return new TextStyle(role, face, s, color, letterSpacing);
    }
}
