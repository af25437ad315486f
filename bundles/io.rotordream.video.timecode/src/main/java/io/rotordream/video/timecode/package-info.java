/**
 * The synthetic sensor's time code: a frame's sequence number and wall-clock capture time drawn
 * into the picture as large black and white blocks that survive H.264/H.265 compression, and the
 * reader that gets them back from a decoded picture. Any receiver on the host (ffmpeg, GStreamer,
 * a browser) can then find dropped or repeated frames and measure glass-to-glass latency.
 *
 * <p>Layout: blocks of {@code s = max(4, width / 52 rounded down to a multiple of 2)} pixels; a
 * black band of 50 x 4 blocks at the top-left corner; inside it, from block (1,1), two rows of 48
 * blocks carrying 96 bits, most significant first: 32-bit sequence, 48-bit capture time in
 * microseconds since the epoch (modulo 2^48), CRC-16/CCITT-FALSE of those 10 bytes. A 1 is white
 * (luma 235), a 0 black (luma 16); chroma is neutral in the band.
 */
@Export
@Version("1.0.0")
package io.rotordream.video.timecode;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
