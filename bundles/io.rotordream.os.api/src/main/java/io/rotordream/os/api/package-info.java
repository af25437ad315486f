/** Scheduling of the appliance's threads by the operating system: CPU affinity, nice, I/O priority. */
@Export
@Version("1.1.0")
package io.rotordream.os.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
