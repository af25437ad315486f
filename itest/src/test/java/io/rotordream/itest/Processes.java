package io.rotordream.itest;

import java.util.concurrent.TimeUnit;

/** Ending the runtime processes the tests start. */
final class Processes {

    private Processes() {
    }

    /**
     * SIGTERM, and SIGKILL only if the process has not ended 20 s later: a killed runtime leaves
     * the launcher's extracted jars in java.io.tmpdir, a stopped one deletes them.
     */
    static void end(Process process) throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
