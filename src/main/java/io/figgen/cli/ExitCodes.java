package io.figgen.cli;

/** figgen's exit codes; the README documents them. */
public final class ExitCodes {
    public static final int OK = 0;
    /** {@code check}: the figure breaks a rule; {@code render --check}: an output is stale. */
    public static final int FINDINGS = 1;
    /** The command line itself is wrong. */
    public static final int USAGE = 2;
    /** A spec (or theme) is invalid: the message gives file:line. */
    public static final int BAD_INPUT = 3;
    /** An output could not be written. */
    public static final int IO = 4;
    /** figgen failed on its own account; please report it. */
    public static final int INTERNAL = 5;

    private ExitCodes() {
    }
}
