package io.rotordream.os.linux.internal;

import java.util.Set;
import java.util.TreeSet;

import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/**
 * cpu_set_t in native memory. CPU_SET(3): the set is an array of unsigned long, CPU n being bit
 * n % (8 * sizeof(long)) of word n / (8 * sizeof(long)); reading whole words keeps that right on
 * 32-bit and big-endian machines too.
 */
final class CpuMask {

    private static final int WORD_BYTES = NativeLong.SIZE;
    private static final int WORD_BITS = WORD_BYTES * 8;

    private CpuMask() {
    }

    static Set<Integer> read(Pointer mask, int bytes) {
        Set<Integer> cpus = new TreeSet<>();
        for (int w = 0; w < bytes / WORD_BYTES; w++) {
            long word = mask.getNativeLong((long) w * WORD_BYTES).longValue();
            for (int bit = 0; bit < WORD_BITS; bit++) {
                if ((word >>> bit & 1) != 0) {
                    cpus.add(w * WORD_BITS + bit);
                }
            }
        }
        return cpus;
    }

    /** @throws IllegalArgumentException for a CPU outside the mask (callers validate first) */
    static void write(Set<Integer> cpus, Pointer mask, int bytes) {
        long[] words = new long[bytes / WORD_BYTES];
        for (int cpu : cpus) {
            if (cpu < 0 || cpu >= words.length * WORD_BITS) {
                throw new IllegalArgumentException("cpu " + cpu + " outside a " + bytes + "-byte mask");
            }
            words[cpu / WORD_BITS] |= 1L << cpu % WORD_BITS;
        }
        for (int w = 0; w < words.length; w++) {
            // a 32-bit NativeLong takes the word as a signed int: bit 31 must become the sign
            long word = WORD_BITS == 32 ? (int) words[w] : words[w];
            mask.setNativeLong((long) w * WORD_BYTES, new NativeLong(word));
        }
    }
}
