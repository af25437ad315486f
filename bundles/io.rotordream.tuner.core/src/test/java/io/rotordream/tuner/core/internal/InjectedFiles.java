package io.rotordream.tuner.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.rotordream.tuner.api.knobs.KnobFiles;

/** The real files, with a failure injected at the write of a chosen file and a hook before each write. */
class InjectedFiles implements KnobFiles {

    Path failOn;
    String failure = "Invalid argument";
    Consumer<Path> beforeWrite = p -> {
    };
    final List<Path> written = new ArrayList<>();

    @Override
    public String read(Path file) throws IOException {
        return SYSTEM.read(file);
    }

    @Override
    public void write(Path file, String value) throws IOException {
        beforeWrite.accept(file);
        if (file.equals(failOn)) {
            // what FileOutputStream reports for write(2) returning EINVAL
            throw new IOException(failure);
        }
        SYSTEM.write(file, value);
        written.add(file);
    }
}
