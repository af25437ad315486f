/** What limits the device now, what to change about it, and findings per area. */
@Export
@Version("1.0.0")
package io.rotordream.metrics.api.analysis;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
