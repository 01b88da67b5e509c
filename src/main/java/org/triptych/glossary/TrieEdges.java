package org.triptych.glossary;

import java.util.Arrays;

/**
 * The edges of {@link TermIndex}'s trie: (node, word id) to child node, in one open-addressed table of primitive
 * keys and values. A map of boxed {@code Long} keys cost the English side of a large glossary a third of its time:
 * each step of the walk boxed a key, and {@code Long}'s hash ({@code node ^ id}) piled edges into the same buckets.
 * Filled by one thread while the index is built, then only read (by any thread).
 */
final class TrieEdges {

    static final int NONE = -1;

    private static final long EMPTY = -1L;

    private long[] keys;
    private int[] children;
    private int size;

    TrieEdges() {
        keys = new long[64];
        Arrays.fill(keys, EMPTY);
        children = new int[64];
    }

    /** The child of {@code node} by word {@code wordId}, or {@link #NONE}. */
    int child(int node, int wordId) {
        long key = key(node, wordId);
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return children[slot];
            }
            if (k == EMPTY) {
                return NONE;
            }
        }
    }

    /** Adds the edge; the caller has checked that it is absent. */
    void add(int node, int wordId, int child) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        put(key(node, wordId), child);
        size++;
    }

    private void put(long key, int child) {
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (keys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        children[slot] = child;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldChildren = children;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        children = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldChildren[i]);
            }
        }
    }

    private static long key(int node, int wordId) {
        return ((long) node << 32) | (wordId & 0xFFFFFFFFL);
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L; // Fibonacci hashing spreads the consecutive node and word ids
        return (int) (h >>> 32) & mask;
    }
}
