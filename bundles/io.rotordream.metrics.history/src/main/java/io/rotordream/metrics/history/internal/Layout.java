package io.rotordream.metrics.history.internal;

import java.util.List;

import io.rotordream.metrics.api.history.ArchiveInfo;

/** The archives every series file has: 1 s, 1 min and 1 h steps, each with min, average and max. */
record Layout(int secondRows, int minuteRows, int hourRows) {

    static final long[] STEPS = { 1, 60, 3600 };
    /** Header, datasource and archive bookkeeping of one file, measured on rrd4j 3.9 files. */
    static final long OVERHEAD_BYTES = 2048;

    int rows(int archive) {
        return switch (archive) {
            case 0 -> secondRows;
            case 1 -> minuteRows;
            default -> hourRows;
        };
    }

    /** Bytes one series file takes: three consolidation functions per archive, 8 bytes a row. */
    long bytesPerSeries() {
        return OVERHEAD_BYTES + 3L * 8 * (secondRows + minuteRows + hourRows);
    }

    List<ArchiveInfo> archives() {
        return List.of(new ArchiveInfo(STEPS[0], secondRows), new ArchiveInfo(STEPS[1], minuteRows),
                new ArchiveInfo(STEPS[2], hourRows));
    }
}
