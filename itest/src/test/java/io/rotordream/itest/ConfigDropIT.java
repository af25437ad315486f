package io.rotordream.itest;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * A .cfg dropped in {@code <data>/etc} reaches the running component; a file with invalid values is
 * refused and the running configuration stays as it was.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ConfigDropIT extends RotorDreamTestSupport {

    private static final String BODY_2K = "{\"name\":\"" + "x".repeat(2048) + "\",\"role\":\"viewer\"}";

    private Path drop() {
        return home().resolve("etc").resolve("rotordream.api.cfg");
    }

    private int post2k() throws Exception {
        return http.json("POST", "/api/system/tokens", adminToken(), BODY_2K).status;
    }

    /** Waits up to 10 s (FileInstall polls each second) for the 2 KiB request to get the status. */
    private void await2k(int status) throws Exception {
        long end = System.currentTimeMillis() + 10_000;
        int last = -1;
        while (System.currentTimeMillis() < end) {
            last = post2k();
            if (last == status) {
                return;
            }
            Thread.sleep(200);
        }
        assertEquals(status, last);
    }

    @After
    public void removeDrop() throws Exception {
        if (Files.deleteIfExists(drop())) {
            await2k(400); // back to the 256 KiB default: the body is read and the name refused
        }
    }

    @Test
    public void validDropReachesTheComponentAndInvalidDropIsRefused() throws Exception {
        assertEquals("default limit lets 2 KiB through to validation", 400, post2k());

        Files.writeString(drop(), "max_body_kb=1\n");
        await2k(413);

        // Invalid values: each is refused, the 1 KiB limit keeps applying.
        for (String bad : new String[] { "max_body_kb=lots\n", "max_body_kb=0\n", "max_body_kb=1\nbogus_key=3\n" }) {
            Files.writeString(drop(), bad);
            Thread.sleep(2500);
            assertEquals("after '" + bad.trim() + "' the running limit stays 1 KiB", 413, post2k());
        }

        Files.writeString(drop(), "max_body_kb=4\n");
        await2k(400);
    }
}
