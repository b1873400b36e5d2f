package io.figgen.theme;

import io.figgen.model.FontFace;

/** A role in the type scale: face, size at a 1200 px wide canvas, colour and tracking (in em). */
public record TypeRole(FontFace face, double size, String color, double tracking) {
}
