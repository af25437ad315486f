/** The camera as a whole, as the REST API and the Web Console see it. */
@Export
@Version("1.0.0")
package io.rotordream.video.api.camera;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
