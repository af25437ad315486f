package io.rotordream.tuner.api.knobs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.osgi.annotation.versioning.ConsumerType;

/** How knob files are read and written; tests wrap it to inject a failure at a chosen write. */
@ConsumerType
public interface KnobFiles {

    String read(Path file) throws IOException;

    void write(Path file, String value) throws IOException;

    /** The real file system. */
    KnobFiles SYSTEM = new KnobFiles() {
        @Override
        public String read(Path file) throws IOException {
            return Files.readString(file, StandardCharsets.UTF_8);
        }

        @Override
        public void write(Path file, String value) throws IOException {
            // No CREATE: a knob that is not there must fail with ENOENT, not appear as a new file.
            // One write call: sysfs and procfs take a value per write(2).
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write((value + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    };
}
