package io.figgen.render;

/** Carries a Batik error out through Batik's own call stack, which does not declare checked exceptions. */
final class PngRenderFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PngRenderFailure(String message) {
        super(message);
    }

    PngRenderFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
