/**
 * RTP for video, in plain Java with no allocation on the packet path: every writer puts bytes into a
 * caller-supplied {@link java.nio.ByteBuffer} at an absolute index and returns the length written;
 * every reader takes a buffer, an offset and a length and never moves the buffer's position.
 *
 * <ul>
 * <li>{@link io.rotordream.rtp.RtpHeader}: the fixed header (RFC 3550 §5.1).</li>
 * <li>{@link io.rotordream.rtp.Packetizer}: access units to RTP payloads, for H.264
 * ({@link io.rotordream.rtp.H264Packetizer}, RFC 6184 single NAL, STAP-A, FU-A) and H.265
 * ({@link io.rotordream.rtp.H265Packetizer}, RFC 7798 single NAL, AP, FU); the matching
 * {@link io.rotordream.rtp.Depacketizer}s rebuild Annex B.</li>
 * <li>{@link io.rotordream.rtp.RtcpWriter} and {@link io.rotordream.rtp.RtcpParser}: SR, RR,
 * SDES CNAME, BYE (RFC 3550 §6), generic NACK and PLI (RFC 4585 §6.2.1, §6.3.1), FIR
 * (RFC 5104 §4.3.1), REMB (draft-alvestrand-rmcat-remb).</li>
 * <li>{@link io.rotordream.rtp.TransportFeedback}: transport-wide congestion control feedback and
 * its header extension (draft-holmer-rmcat-transport-wide-cc-extensions-01);
 * {@link io.rotordream.rtp.Rtx}: retransmission packets (RFC 4588).</li>
 * <li>{@link io.rotordream.rtp.ReceiverStatistics}: loss and interarrival jitter (RFC 3550 A.3,
 * A.8) for report blocks; {@link io.rotordream.rtp.NtpTime}: NTP timestamps and the round-trip
 * time from LSR/DLSR (RFC 3550 §6.4.1).</li>
 * </ul>
 *
 * Objects here are not thread-safe: one per stream, used by one thread at a time.
 */
@Export
@Version("1.1.0")
package io.rotordream.rtp;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
