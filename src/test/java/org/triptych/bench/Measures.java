package org.triptych.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.concurrent.Callable;

/** What the benchmarks measure beside wall time: the process's CPU time and the heap, at rest and at its peak. */
final class Measures {

    private Measures() {
    }

    /** CPU time of the whole process (every thread, the JIT and the collector included), in nanoseconds. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the real peak). */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /**
     * Runs {@code work} once and prints its wall time, CPU time and peak heap beside their budgets; true when both
     * budgets are met.
     */
    static boolean againstBudget(String what, double budgetSeconds, long budgetMegabytes, Callable<Void> work) throws Exception {
        System.gc();
        resetPeaks();
        long cpuBefore = cpuNanos();
        long start = System.nanoTime();
        work.call();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (cpuNanos() - cpuBefore) / 1e9;
        double megabytes = peakHeap() / 1048576.0;
        System.out.printf(Locale.ROOT, "%s: wall %.2f s (budget %.0f s, %.0f%%), CPU %.2f s, peak heap %.0f MB (budget %d MB, %.0f%%)%n",
                what, seconds, budgetSeconds, 100 * seconds / budgetSeconds, cpu, megabytes, budgetMegabytes,
                100 * megabytes / budgetMegabytes);
        return seconds <= budgetSeconds && megabytes <= budgetMegabytes;
    }
}
