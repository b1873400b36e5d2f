package io.figgen.sketch;

/** Classes of sketch characters: what draws lines and boxes, what points, what marks a list item. */
public final class Glyphs {
    private Glyphs() {
    }

    static boolean isTopLeft(int c) {
        return c == '┌' || c == '╭' || c == '╔' || c == '+' || c == '┏';
    }

    static boolean isTopRight(int c) {
        return c == '┐' || c == '╮' || c == '╗' || c == '+' || c == '┓';
    }

    static boolean isBottomLeft(int c) {
        return c == '└' || c == '╰' || c == '╚' || c == '+' || c == '┗';
    }

    static boolean isBottomRight(int c) {
        return c == '┘' || c == '╯' || c == '╝' || c == '+' || c == '┛';
    }

    /** Characters a horizontal edge or rule is drawn with, joints included. */
    public static boolean isHorizontal(int c) {
        return c == '─' || c == '-' || c == '═' || c == '━' || c == '┬' || c == '┴' || c == '┼' || c == '╤'
                || c == '╧' || c == '╪' || c == '╌' || c == '┄' || c == '┈' || c == '╍' || c == '+' || c == '=';
    }

    static boolean isRuleChar(int c) {
        return c == '─' || c == '═' || c == '━' || c == '╌' || c == '┄' || c == '┈' || c == '╍';
    }

    /** Characters a vertical edge is drawn with, joints included. */
    public static boolean isVertical(int c) {
        return c == '│' || c == '|' || c == '║' || c == '┃' || c == '├' || c == '┤' || c == '╞' || c == '╡'
                || c == '╟' || c == '╢' || c == '┼' || c == '┊' || c == '╎' || c == '┆';
    }

    static boolean isLeftJoint(int c) {
        return c == '├' || c == '╞' || c == '╟' || c == '╠' || c == '┣';
    }

    static boolean isRightJoint(int c) {
        return c == '┤' || c == '╡' || c == '╢' || c == '╣' || c == '┫';
    }

    /** Any character that only draws structure, never words. */
    public static boolean isStructural(int c) {
        return c >= 0x2500 && c <= 0x257F;
    }

    public static boolean isArrowHead(int c) {
        return c == '>' || c == '<' || c == '▶' || c == '►' || c == '◄' || c == '◀' || c == '→' || c == '←'
                || c == '▼' || c == '▲' || c == '↓' || c == '↑' || c == '↔' || c == '↕' || c == '▸' || c == '◂';
    }

    /** Marks that open a list item when they start a line. */
    public static boolean isBullet(int c) {
        return c == '■' || c == '•' || c == '●' || c == '○' || c == '◆' || c == '◇' || c == '★' || c == '☆'
                || c == '✓' || c == '✔' || c == '✗' || c == '✘' || c == '✕' || c == '×' || c == '◉' || c == '□'
                || c == '▪' || c == '▸' || c == '►' || c == '▶' || c == '→' || c == '-' || c == '+' || c == '*'
                || c == '⚠';
    }
}
