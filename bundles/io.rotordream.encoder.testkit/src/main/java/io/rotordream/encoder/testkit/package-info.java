/**
 * What the encoder backends' tests share: {@link io.rotordream.encoder.testkit.TestFrame} and
 * {@link io.rotordream.encoder.testkit.TestPattern} feed an encoder camera-like pictures in
 * driver-like buffers, {@link io.rotordream.encoder.testkit.EncodedStream} records what it emits,
 * {@link io.rotordream.encoder.testkit.FfProbe} asks ffprobe/ffmpeg what a real decoder finds in
 * it, {@link io.rotordream.encoder.testkit.EncodeAllocations} and
 * {@link io.rotordream.encoder.testkit.EncodeTimes} measure the encode call, and
 * {@link io.rotordream.encoder.testkit.LayoutProgram} compiles a backend's C program against the
 * installed headers to check its struct offsets. Test scope only; never deployed.
 */
package io.rotordream.encoder.testkit;
