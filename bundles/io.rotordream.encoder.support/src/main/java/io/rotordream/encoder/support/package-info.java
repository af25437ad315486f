/**
 * What the native encoder backends (libx264, libx265, OpenH264, all through JNA) share, written
 * once. Everything on the encode path allocates nothing per frame once warm: the buffers come
 * from fixed pools, and every helper here keeps its state in fields preallocated per encoder.
 *
 * <ul>
 * <li>{@link io.rotordream.encoder.support.SoftwareEncoderFactory}: the factory of a backend
 * that registers whether or not its library loads, and refuses to open with the reason;
 * {@link io.rotordream.encoder.support.NativeLibraries} words why a library did not load.</li>
 * <li>{@link io.rotordream.encoder.support.FramePlanes}: a 4:2:0 frame checked against its
 * buffer and resolved to native plane addresses; {@link io.rotordream.encoder.support.I420Planes}
 * the same as planar I420, splitting NV12 chroma for libraries that take only I420.</li>
 * <li>{@link io.rotordream.encoder.support.DirectAddresses}: native addresses of pooled direct
 * buffers without a JNA Pointer per lookup; {@link io.rotordream.encoder.support.NativeCopy}:
 * libc memcpy; {@link io.rotordream.encoder.support.AnnexBWriter}: NAL units from the library's
 * memory into {@link io.rotordream.video.api.encoder.EncodedPicture#annexB}.</li>
 * <li>{@link io.rotordream.encoder.support.FrameRing}: the capture data of the frames a library
 * holds back (lookahead, B-frames), keyed by the index passed through it.</li>
 * <li>{@link io.rotordream.encoder.support.AnnexB}: splitting Annex B byte streams and reading
 * NAL unit types (headers at open, and tests; it allocates).</li>
 * </ul>
 *
 * Objects here are not thread-safe: one per encoder, used by the thread that encodes.
 */
@Export
@Version("1.0.0")
package io.rotordream.encoder.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
