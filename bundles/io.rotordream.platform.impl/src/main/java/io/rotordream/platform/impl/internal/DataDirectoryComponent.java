package io.rotordream.platform.impl.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import io.rotordream.platform.api.DataDirectory;

/** Resolves the data directory from the framework property and creates its layout on first start. */
@Component
public final class DataDirectoryComponent implements DataDirectory {

    static final String DEFAULT_HOME = "rotordream-data";

    private final Path home;

    @Activate
    public DataDirectoryComponent(BundleContext context) {
        this(resolveHome(context.getProperty(HOME_PROPERTY)));
    }

    DataDirectoryComponent(Path home) {
        this.home = home;
        try {
            for (Path p : new Path[] { home, etc(), state(), logs() }) {
                Files.createDirectories(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + home, e);
        }
    }

    static Path resolveHome(String property) {
        String value = property == null || property.isBlank() ? DEFAULT_HOME : property.trim();
        return Paths.get(value).toAbsolutePath().normalize();
    }

    @Override
    public Path home() {
        return home;
    }

    @Override
    public Path etc() {
        return home.resolve("etc");
    }

    @Override
    public Path state() {
        return home.resolve("state");
    }

    @Override
    public Path logs() {
        return home.resolve("logs");
    }

    @Override
    public Path state(String owner) {
        if (owner == null || !owner.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("invalid state owner name: " + owner);
        }
        Path dir = state().resolve(owner);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
