/** Server-Sent Event streams shared by the resources that push (metrics, alerts): bounded, never blocking. */
@Export
@Version("1.0.0")
package io.rotordream.rest.api.sse;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
