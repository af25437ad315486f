/**
 * WebRTC playback through WHEP: a {@link io.rotordream.webrtc.api.WhepService} takes a browser's
 * SDP offer for a mount and answers it, ends sessions and takes trickled ICE candidates. The HTTP
 * side (status codes, headers, authentication) stays in the REST bundle.
 */
@Export
@Version("1.0.0")
package io.rotordream.webrtc.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
