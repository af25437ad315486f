package io.rotordream.platform.impl.internal;

import java.security.Security;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.logging.LogManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Initialises, on a thread of its own, the parts of the JDK and of the shared libraries that the
 * boot's bundles initialise later on the start-level thread, one bundle after the other, while the
 * second core mostly waits: the list of locales (Jetty's MIME types scan it), the calendar
 * providers (metatype, Jackson's date format), Jackson (see {@link JacksonWarmUp}),
 * java.util.logging (CXF), the security providers (CXF loads every one) and JNA (see
 * {@link JnaWarmUp}).
 *
 * <p>Only JDK, Jackson and JNA classes are touched: loading a bundle's classes here could activate
 * a lazy bundle on this thread, in parallel with the start-level thread, and these libraries'
 * bundles are not lazy. A class initialised twice at once is initialised once, the second thread
 * waiting, so the start-level thread never does more than it did without this; at worst it waits
 * for what it would have done itself.
 */
@Component(immediate = true)
public final class BootWarmUp {

    /** What to initialise, in the order the boot needs it. */
    static final List<Runnable> STEPS = List.of(
            Locale::getAvailableLocales,
            Calendar::getInstance,
            JacksonWarmUp::roundTrip,
            LogManager::getLogManager,
            Security::getProviders,
            JnaWarmUp::openC);

    @Activate
    public BootWarmUp() {
        Thread t = new Thread(BootWarmUp::run, "rotordream-warm-up");
        t.setDaemon(true);
        t.start();
    }

    static void run() {
        for (Runnable step : STEPS) {
            try {
                step.run();
            } catch (RuntimeException | LinkageError e) {
                // A warm-up only: whoever needs the part meets the same failure and reports it.
            }
        }
    }
}
