package io.rotordream.platform.impl.internal;

import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/**
 * Opens the C library through JNA once. The OS backend, the encoders and the V4L2 driver all
 * bind native libraries while they activate on the start-level thread, and the first of them paid
 * for JNA itself: loading its dispatch library and listing the system's libraries (ldconfig).
 * JNA caches the opened library, so whoever binds the C library next finds it open.
 */
final class JnaWarmUp {

    private JnaWarmUp() {
    }

    static void openC() {
        NativeLibrary.getInstance(Platform.C_LIBRARY_NAME);
    }
}
