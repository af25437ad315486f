/**
 * The RTSP server's viewers: users allowed to watch, kept as derived hashes only. The server
 * registers {@link io.rotordream.streaming.api.rtsp.RtspUsers}; the REST API delegates to it.
 */
@Export
@Version("1.0.0")
package io.rotordream.streaming.api.rtsp;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
