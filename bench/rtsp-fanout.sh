#!/usr/bin/env bash
# Fan-out: N concurrent RTSP clients over TCP interleaved on one 720p30 2 Mb/s stream, each
# counting RTP sequence gaps (a dropped packet); the server process's CPU over the same window
# (100% = one core; capture and encoding included: RotorDream's synthetic sensor is in-process, the
# reference's frame source is counted with it). RotorDream and the reference GStreamer RTSP server, same
# client program, same client counts, in the same invocation.
# Usage: bench/rtsp-fanout.sh [seconds per step, default 20] [client counts, default "100 200 300"]
set -eo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/rtsp-common.sh"
secs="${1:-20}"; counts="${2:-100 200 300}"

step() { # url "pids" label clients
  local t0 t1 c0 c1 out
  t0=$(date +%s%N); c0=$(cpu_ticks $2)
  out=$(java "$here/bench/src/RtspLoad.java" "$1" "$4" "$secs" 2>&1 | tail -1)
  t1=$(date +%s%N); c1=$(cpu_ticks $2)
  printf '%-11s %4s clients: %s  server CPU %3d%%\n' "$3" "$4" "$out" \
    $(( (c1 - c0) * 100 * 1000000000 / $(getconf CLK_TCK) / (t1 - t0) ))
}

port=$(free_port)
start_rotordream "$port" max_connections=2000 max_sessions=2000 max_clients_per_address=2000 client_queue_frames=64
rd_put /api/camera/capture/optimize '{"resolution":"1280x720","frame_rate":30,"pixel_format":"NV12"}'
rd_put /api/camera/encoding/config '{"codec":"h264","bitrate_kbps":2000,"rate_control":"cbr","gop_size":30,"quality_preset":"ultrafast","encoding_profile":""}'
await_describe "rtsp://127.0.0.1:$port/main"
for n in $counts; do step "rtsp://127.0.0.1:$port/main" "$rd_pid" rotordream "$n"; done
kill "$rd_pid"; wait "$rd_pid" 2>/dev/null || true

port=$(free_port)
start_reference "$port" 1280 720 30 2000 30
await_describe "rtsp://127.0.0.1:$port/main"
# the reference's frame source runs in its own process: its CPU counts, as the sensor's does in RotorDream
for n in $counts; do step "rtsp://127.0.0.1:$port/main" "$ref_pid $src_pid" reference "$n"; done
printf 'machine: %s cores (%s), load %s\n' "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
