#!/usr/bin/env bash
# Glass-to-glass latency at 720p30, 2 Mb/s, every frame a keyframe (the seed's low_latency profile):
# time code drawn at capture -> encoder -> RTSP/UDP -> ffmpeg decode -> time code read back; the
# wall-clock difference per picture. RotorDream and a reference GStreamer RTSP server (x264enc
# tune=zerolatency speed-preset=ultrafast, same bitrate, fed the same kind of time-coded frames in
# real time) are measured in the same invocation, one after the other, with the same client.
# Usage: bench/rtsp-latency.sh [seconds per run, default 15] [runs, default 2]
set -eo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/rtsp-common.sh"
secs="${1:-15}"; runs="${2:-2}"

probe() { # url label
  ffmpeg -v error -fflags nobuffer -flags low_delay -probesize 32 -analyzeduration 0 -rtsp_transport udp \
         -i "$1" -fps_mode passthrough -f rawvideo -pix_fmt gray - 2>>"$work/ffmpeg.err" \
    | java -cp "$tc" "$here/bench/src/LatencyProbe.java" 1280 720 3 "$secs" "$2" || true
}

for run in $(seq 1 "$runs"); do
  port=$(free_port)
  start_rotordream "$port"
  rd_put /api/camera/capture/optimize '{"resolution":"1280x720","frame_rate":30,"pixel_format":"NV12"}'
  rd_put /api/camera/encoding/config '{"codec":"h264","encoding_profile":"low_latency","bitrate_kbps":2000,"rate_control":"cbr"}'
  await_describe "rtsp://127.0.0.1:$port/main"
  sleep 2
  probe "rtsp://127.0.0.1:$port/main" "rotordream run $run"
  kill "$rd_pid"; wait "$rd_pid" 2>/dev/null || true

  port=$(free_port)
  start_reference "$port" 1280 720 30 2000 1
  await_describe "rtsp://127.0.0.1:$port/main"
  probe "rtsp://127.0.0.1:$port/main" "reference run $run"
  kill "$ref_pid"; wait "$ref_pid" 2>/dev/null || true
  kill "$src_pid" 2>/dev/null || true
done
printf 'machine: %s cores (%s), load %s\n' "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
