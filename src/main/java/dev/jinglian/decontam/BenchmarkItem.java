package dev.jinglian.decontam;

import java.util.List;

/**
 * One benchmark item: its id ({@code benchmark:file:record}, e.g. {@code gsm8k:test:123} = line 123 of
 * {@code test.jsonl}) and its text fields in order (question, then options or answer).
 */
record BenchmarkItem(String id, List<String> fields) {}
