package io.rotordream.itest;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;

import org.ops4j.pax.exam.Option;

/**
 * The bundle set of the exported runtime jar, as Pax Exam options: the same bundles, start levels
 * and framework properties the product runs with, so the suites test what ships.
 */
final class RuntimeBundles {

    private static int maxLevel = 1;

    private RuntimeBundles() {
    }

    static int maxStartLevel() {
        return maxLevel;
    }

    static List<Option> from(Path runtimeJar, Path work, Map<String, String> overrides) {
        List<Option> options = new ArrayList<>();
        try (JarFile jar = new JarFile(runtimeJar.toFile())) {
            Properties launch = new Properties();
            try (InputStream in = jar.getInputStream(jar.getEntry("launcher.properties"))) {
                launch.load(in);
            }
            Map<String, Integer> levels = startLevels(launch.getProperty("launch.runbundles.attrs", ""));
            String[] paths = launch.getProperty("launch.bundles").split(",");
            Path dir = Files.createDirectories(work.resolve("bundles"));
            for (int i = 0; i < paths.length; i++) {
                String entry = paths[i].trim();
                Path target = dir.resolve(Path.of(entry).getFileName());
                try (InputStream in = jar.getInputStream(jar.getEntry(entry))) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                int level = levels.getOrDefault(String.valueOf(i), 1);
                maxLevel = Math.max(maxLevel, level);
                options.add(bundle(target.toUri().toString()).startLevel(level).start());
            }
            for (String key : launch.stringPropertyNames()) {
                if (!key.startsWith("launch.") && !key.startsWith("org.osgi.framework.startlevel")
                        && !overrides.containsKey(key)) {
                    options.add(frameworkProperty(key).value(launch.getProperty(key)));
                }
            }
            overrides.forEach((k, v) -> options.add(frameworkProperty(k).value(v)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the runtime jar " + runtimeJar, e);
        }
        return options;
    }

    /** Position in launch.bundles (as a string) to start level, from launch.runbundles.attrs. */
    private static Map<String, Integer> startLevels(String attrs) {
        Map<String, Integer> out = new HashMap<>();
        int index = 0;
        for (String clause : attrs.split(",")) {
            int at = clause.indexOf("startlevel=");
            if (at >= 0) {
                out.put(String.valueOf(index), Integer.parseInt(clause.substring(at + 11).replaceAll("[^0-9].*", "")));
            }
            index++;
        }
        return out;
    }
}
