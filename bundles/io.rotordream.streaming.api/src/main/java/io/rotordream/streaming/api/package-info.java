/**
 * What the stream servers (RTSP, WebRTC) tell the rest of the appliance: the mounts they serve,
 * the clients watching, and how to end a session. Each server registers a
 * {@link io.rotordream.streaming.api.StreamingEndpoint}.
 */
@Export
@Version("1.0.0")
package io.rotordream.streaming.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
