package io.figgen.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one task per input on a fixed pool and returns the results in input order, so output reads the same
 * whatever the job count. On a terminal it draws a progress bar on stderr; in CI (no terminal) it stays quiet.
 */
final class Batch {
    private static final int BAR = 30;

    private Batch() {
    }

    static <I, O> List<O> run(List<I> inputs, int jobs, Function<I, O> task, PrintWriter err, boolean terminal) {
        if (inputs.size() <= 1 || jobs <= 1) {
            List<O> out = new ArrayList<>();
            for (I in : inputs) {
                out.add(task.apply(in));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, inputs.size()), r -> {
            Thread t = new Thread(r, "figgen-render");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<O>> futures = new ArrayList<>();
            for (I in : inputs) {
                futures.add(pool.submit(() -> {
                    O o = task.apply(in);
                    if (terminal) {
                        progress(err, done.incrementAndGet(), inputs.size());
                    }
                    return o;
                }));
            }
            List<O> out = new ArrayList<>();
            for (Future<O> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            if (terminal) {
                PrintWriter bar = TerminalWriter.unescaped(err);
                synchronized (bar) {
                    bar.print("\r" + " ".repeat(BAR + 24) + "\r");
                    bar.flush();
                }
            }
        }
    }

    private static void progress(PrintWriter escaped, int done, int total) {
        int filled = done * BAR / total;
        // the carriage return is the bar's own, so it bypasses the escaping of messages
        PrintWriter err = TerminalWriter.unescaped(escaped);
        synchronized (err) {
            err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + done + "/" + total + " figures");
            err.flush();
        }
    }
}
