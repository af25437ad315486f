/** Encoder backends: one {@link io.rotordream.video.api.encoder.EncoderFactory} service per library or hardware block. */
@Export
@Version("1.0.0")
package io.rotordream.video.api.encoder;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
