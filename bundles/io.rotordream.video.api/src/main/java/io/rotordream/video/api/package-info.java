/** Pictures from a sensor: formats, frames in pooled buffers, and the sensor service. */
@Export
@Version("1.0.0")
package io.rotordream.video.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
