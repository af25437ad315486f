package io.rotordream.tuner.disk.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.knobs.FileKnob;
import io.rotordream.tuner.api.knobs.KnobFiles;
import io.rotordream.tuner.api.knobs.Values;

/**
 * A scheduler tunable (queue/iosched/read_expire). Its file exists only while a scheduler that has
 * it is active, so it is planned before the scheduler switch that creates it: absent reads as
 * {@link #ABSENT}, and writing {@link #ABSENT} back (a rollback, a revert) leaves it to the
 * scheduler switch, which removes it.
 */
final class IoschedKnob extends FileKnob {

    static final String ABSENT = "-";

    IoschedKnob(String name, Path file, String shown, KnobFiles io) {
        super(name, file, shown, Values.integer(0, 600_000), io);
    }

    @Override
    public String read() throws KnobException {
        return Files.exists(file()) ? super.read() : ABSENT;
    }

    @Override
    public String normalize(String wanted) throws KnobException {
        return ABSENT.equals(wanted) ? ABSENT : super.normalize(wanted);
    }

    @Override
    public void write(String value) throws KnobException {
        if (!ABSENT.equals(value)) {
            super.write(value);
        }
    }

    @Override
    public boolean same(String current, String wanted) {
        return ABSENT.equals(wanted) && !Files.exists(file()) || super.same(current, wanted);
    }
}
