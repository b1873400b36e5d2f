package io.figgen.render;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Work handed to another core, waited for with the task's own exception rather than a wrapper. */
final class Tasks {
    private Tasks() {
    }

    static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
