/** History of the key figures (round-robin archives on disk) and regression detection over it. */
@Export
@Version("1.0.0")
package io.rotordream.metrics.api.history;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
