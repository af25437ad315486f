package io.rotordream.metrics.collector.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * /proc/buddyinfo: free blocks per order (block of 2^order pages) per zone. Fragmentation is
 * reported as the unusable free space index (Gorman and Whitcroft): the share of free memory that
 * sits in blocks too small for an allocation of the given order. 0 means every free page could
 * serve it, 1 that none could.
 */
record BuddyInfo(String node, String zone, long[] freeBlocks) {

    static List<BuddyInfo> parse(String text) {
        List<BuddyInfo> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\n")) {
            // "Node 0, zone   Normal   1479    699 ..."
            String[] f = line.trim().split("[,\\s]+");
            if (f.length < 5 || !f[0].equals("Node") || !f[2].equals("zone")) {
                continue;
            }
            long[] blocks = new long[f.length - 4];
            for (int i = 4; i < f.length; i++) {
                blocks[i - 4] = Long.parseLong(f[i]);
            }
            out.add(new BuddyInfo(f[1], f[3], blocks));
        }
        return out;
    }

    /** Free pages in the zone. */
    long freePages() {
        long pages = 0;
        for (int order = 0; order < freeBlocks.length; order++) {
            pages += freeBlocks[order] << order;
        }
        return pages;
    }

    /** Unusable free space index for an allocation of 2^order pages; NaN when nothing is free. */
    double unusableIndex(int order) {
        long free = freePages();
        if (free == 0) {
            return Double.NaN;
        }
        long usable = 0;
        for (int j = order; j < freeBlocks.length; j++) {
            usable += freeBlocks[j] << j;
        }
        return (double) (free - usable) / free;
    }
}
