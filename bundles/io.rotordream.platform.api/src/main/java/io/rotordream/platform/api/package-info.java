/** Platform services every RotorDream bundle may use: the data directory and atomic state files. */
@Export
@Version("1.0.0")
package io.rotordream.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
