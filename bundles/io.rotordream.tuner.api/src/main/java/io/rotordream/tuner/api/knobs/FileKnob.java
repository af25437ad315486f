package io.rotordream.tuner.api.knobs;

import java.io.IOException;
import java.nio.file.Path;

import io.rotordream.tuner.api.Knob;
import io.rotordream.tuner.api.KnobException;

/** A knob that is one file under the tuner's root: a /proc/sys entry or a sysfs attribute. */
public class FileKnob implements Knob {

    private final String name;
    private final Path file;
    private final String shown;
    private final Values values;
    private final KnobFiles io;

    /**
     * @param file the file under the root
     * @param shown the path as it is on a real machine ({@code /proc/sys/vm/swappiness}), for plans and errors
     */
    public FileKnob(String name, Path file, String shown, Values values, KnobFiles io) {
        this.name = name;
        this.file = file;
        this.shown = shown;
        this.values = values;
        this.io = io;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String path() {
        return shown;
    }

    /** The file under the root (the temp tree in tests). */
    public Path file() {
        return file;
    }

    @Override
    public String read() throws KnobException {
        try {
            return values.parse(io.read(file));
        } catch (IOException e) {
            throw Errnos.fromIo(name, file, shown, e, false);
        }
    }

    @Override
    public String normalize(String wanted) throws KnobException {
        return values.normalize(name, wanted);
    }

    @Override
    public void write(String value) throws KnobException {
        try {
            io.write(file, value);
        } catch (IOException e) {
            throw Errnos.fromIo(name, file, shown, e, true);
        }
    }

    @Override
    public boolean same(String current, String wanted) {
        return values.same(current, wanted);
    }

    @Override
    public String toString() {
        return name + " (" + shown + ")";
    }
}
