package io.rotordream.metrics.history.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.rrd4j.ConsolFun;
import org.rrd4j.DsType;
import org.rrd4j.core.FetchData;
import org.rrd4j.core.RrdBackendFactory;
import org.rrd4j.core.RrdDb;
import org.rrd4j.core.RrdDef;
import org.rrd4j.core.RrdRandomAccessFileBackendFactory;
import org.rrd4j.core.RrdToolkit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One rrd4j file per series in a directory. The random-access-file backend writes each update
 * straight to the file (no memory map, no rrd4j sync thread, nothing static left running when the
 * bundle stops), so what was recorded before a kill -9 is in the kernel and survives it. A file
 * that cannot be opened (torn at creation by a crash) is set aside and started anew. Files found
 * at activation are opened on first use (the collector's next tick), not during the boot.
 */
final class RrdStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RrdStore.class);
    static final String DS = "v";
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,80}");
    static final ConsolFun[] FUNCTIONS = { ConsolFun.MIN, ConsolFun.AVERAGE, ConsolFun.MAX };

    private final Path dir;
    private final Layout layout;
    private final int maxSeries;
    private final RrdBackendFactory backend = new RrdRandomAccessFileBackendFactory();
    private final Map<String, RrdDb> open = new ConcurrentHashMap<>();
    /** Series found on disk and not opened yet. */
    private final Map<String, Path> unopened = new ConcurrentHashMap<>();

    RrdStore(Path dir, Layout layout, int maxSeries) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.layout = layout;
        this.maxSeries = maxSeries;
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".rrd")).forEach(files::add);
        }
        // Newest first, so a smaller limit keeps the series still being written.
        files.sort(Comparator.comparing(RrdStore::modified).reversed());
        for (Path f : files) {
            String name = f.getFileName().toString().replaceFirst("\\.rrd$", "");
            if (unopened.size() >= maxSeries || !NAME.matcher(name).matches()) {
                LOG.info("history series {} is over the series limit of {}: removed", name, maxSeries);
                Files.deleteIfExists(f);
                continue;
            }
            unopened.put(name, f);
        }
    }

    /** The open file of a series, opening one found on disk at first use; null when there is none. */
    private RrdDb db(String name) {
        RrdDb db = open.get(name);
        if (db != null) {
            return db;
        }
        synchronized (unopened) {
            db = open.get(name);
            Path f = unopened.get(name);
            if (db == null && f != null) {
                db = openExisting(name, f);
                if (db != null) {
                    open.put(name, db);
                }
                unopened.remove(name);
            }
            return db;
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private RrdDb openExisting(String name, Path f) {
        try {
            RrdDb db = RrdDb.getBuilder().setPath(f.toString()).setBackendFactory(backend).build();
            List<int[]> differing = differing(db);
            if (!differing.isEmpty()) {
                db.close();
                resize(f, differing);
                db = RrdDb.getBuilder().setPath(f.toString()).setBackendFactory(backend).build();
            }
            return db;
        } catch (IOException | RuntimeException e) {
            Path aside = f.resolveSibling(f.getFileName() + ".corrupt");
            LOG.warn("history file {} cannot be read ({}); moved to {} and started anew", f, e.toString(), aside);
            try {
                Files.move(f, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("cannot move {} aside: {}", f, moveFailed.toString());
            }
            return null;
        }
    }

    /** Archives (archive index, function index) whose rows differ from the configuration. */
    private List<int[]> differing(RrdDb db) throws IOException {
        List<int[]> out = new ArrayList<>();
        for (int a = 0; a < Layout.STEPS.length; a++) {
            for (int c = 0; c < FUNCTIONS.length; c++) {
                if (db.getArchive(FUNCTIONS[c], (int) Layout.STEPS[a]).getRows() != layout.rows(a)) {
                    out.add(new int[] { a, c });
                }
            }
        }
        return out;
    }

    /**
     * Rows changed in the configuration: resize those archives, keeping the newest rows. Each step
     * writes a new file and renames it over the old, so a crash leaves one or the other whole.
     */
    private void resize(Path f, List<int[]> archives) throws IOException {
        for (int[] ac : archives) {
            Path tmp = f.resolveSibling(f.getFileName() + ".resize");
            Files.deleteIfExists(tmp);
            RrdToolkit.resizeArchive(f.toString(), tmp.toString(), FUNCTIONS[ac[1]], (int) Layout.STEPS[ac[0]],
                    layout.rows(ac[0]));
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        LOG.info("history file {} resized to the configured archives", f);
    }

    private RrdDb create(String name, long now) throws IOException {
        Path f = dir.resolve(name + ".rrd");
        RrdDef def = new RrdDef(f.toString(), now - 1, 1);
        // Heartbeat 5 s: a collection late by a few seconds (a loaded machine) still counts;
        // longer gaps (the appliance off) stay unknown rather than interpolated.
        def.addDatasource(DS, DsType.GAUGE, 5, Double.NaN, Double.NaN);
        for (int a = 0; a < Layout.STEPS.length; a++) {
            for (ConsolFun cf : FUNCTIONS) {
                def.addArchive(cf, 0.5, (int) Layout.STEPS[a], layout.rows(a));
            }
        }
        return RrdDb.getBuilder().setRrdDef(def).setBackendFactory(backend).build();
    }

    /**
     * Records one value at {@code epochSecond}; a series over the limit, a bad name or a time not
     * after the last update is skipped.
     *
     * @return whether it was recorded
     */
    boolean update(String name, long epochSecond, double value) throws IOException {
        RrdDb db = db(name);
        if (db == null) {
            if (open.size() + unopened.size() >= maxSeries || !NAME.matcher(name).matches()) {
                return false;
            }
            db = create(name, epochSecond);
            open.put(name, db);
        }
        synchronized (db) {
            if (epochSecond <= db.getLastUpdateTime()) {
                return false;
            }
            db.createSample(epochSecond).setValue(DS, value).update();
        }
        return true;
    }

    List<String> series() {
        return Stream.concat(open.keySet().stream(), unopened.keySet().stream())
                .distinct().sorted().toList();
    }

    boolean has(String name) {
        return open.containsKey(name) || unopened.containsKey(name);
    }

    /** Values of one function at one step between two times: [timestamps as doubles, values]. */
    FetchData fetch(String name, ConsolFun cf, long from, long to, long step) throws IOException {
        RrdDb db = db(name);
        if (db == null) {
            return null;
        }
        synchronized (db) {
            return db.createFetchRequest(cf, from, to, step).fetchData();
        }
    }

    long diskBytes() {
        long total = 0;
        for (String name : series()) {
            try {
                total += Files.size(dir.resolve(name + ".rrd"));
            } catch (IOException ignored) {
                // removed meanwhile
            }
        }
        return total;
    }

    @Override
    public void close() {
        for (RrdDb db : open.values()) {
            try {
                synchronized (db) {
                    db.close();
                }
            } catch (IOException e) {
                LOG.warn("closing a history file failed: {}", e.toString());
            }
        }
        open.clear();
        unopened.clear();
    }
}
