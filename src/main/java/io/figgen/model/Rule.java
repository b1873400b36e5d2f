package io.figgen.model;

/** A numbered anti-hallucination rule; {@code number} counts from 1 within the spec, in reading order. */
public record Rule(int number, String text, int line) {
}
