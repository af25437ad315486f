/**
 * What consumers (RTSP, WebRTC, snapshot, benchmarks) subscribe to: encoded access units in
 * order, the parameter sets, a keyframe request channel, and counts of what each consumer dropped.
 */
@Export
@Version("1.0.0")
package io.rotordream.video.api.stream;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
