/**
 * Adaptive bitrate: stream servers (RTSP, WebRTC) report what each receiver says about its path
 * (loss, jitter, round trip, a receiver's estimate such as REMB or a transport-wide congestion
 * control estimate, the delay trend) through a {@link io.rotordream.streaming.adaptive.api.ReceiverFeedback};
 * the {@link io.rotordream.streaming.adaptive.api.BitrateController} turns the reports of all
 * receivers of a stream into one encoder bitrate within the configured range.
 */
@Export
@Version("1.0.0")
package io.rotordream.streaming.adaptive.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
