#!/usr/bin/env bash
# Glass-to-glass latency at 720p30, 2 Mb/s CBR, every frame a keyframe (the seed's low_latency
# profile): time code drawn at capture -> encoder -> RTSP/UDP -> decode -> time code read back;
# the wall-clock difference per picture, with two receivers: ffmpeg, and GStreamer's
# rtspsrc ! rtph264depay ! avdec_h264. RotorDream and a reference GStreamer RTSP server
# (x264enc tune=zerolatency speed-preset=ultrafast, same bitrate, fed the same kind of time-coded
# frames in real time) run side by side for the whole invocation, so both carry the same load, and
# the same client measures them in alternating windows; the last lines pool every window.
# Usage: bench/rtsp-latency.sh [seconds per window, default 10] [windows each, default 4]
set -eo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/rtsp-common.sh"
secs="${1:-10}"; runs="${2:-4}"

probe() { # client url label file
  case $1 in
    ffmpeg) ffmpeg -v error -fflags nobuffer -flags low_delay -probesize 32 -analyzeduration 0 -rtsp_transport udp \
              -i "$2" -fps_mode passthrough -f rawvideo -pix_fmt gray - 2>>"$work/ffmpeg.err" ;;
    # rtph264depay ends an access unit at the RTP marker bit; ffmpeg's parser waits for the next one
    gstreamer) gst-launch-1.0 -q rtspsrc location="$2" protocols=udp latency=0 ! rtph264depay ! avdec_h264 \
              ! videoconvert ! video/x-raw,format=GRAY8 ! fdsink fd=1 sync=false 2>>"$work/gst.err" ;;
  esac | java -cp "$tc" "$here/bench/src/LatencyProbe.java" 1280 720 2 "$secs" "$3" "$4" || true
}

pooled() { # label file
  sort -n "$2" | awk -v l="$1" '{a[NR]=$1} END {if (NR) printf "%-22s frames %4d  median %6.1f ms  p95 %6.1f ms\n", l, NR, a[int((NR+1)/2)], a[int(NR*0.95)]}'
}

rd_port=$(free_port)
start_rotordream "$rd_port"
rd_put /api/camera/capture/optimize '{"resolution":"1280x720","frame_rate":30,"pixel_format":"NV12"}'
rd_put /api/camera/encoding/config '{"codec":"h264","encoding_profile":"low_latency","bitrate_kbps":2000,"rate_control":"cbr"}'
ref_port=$(free_port)
start_reference "$ref_port" 1280 720 30 2000 1
await_describe "rtsp://127.0.0.1:$rd_port/main"
await_describe "rtsp://127.0.0.1:$ref_port/main"
sleep 2
# Two receivers, both decoding with libavcodec: ffmpeg, and GStreamer's rtspsrc ! rtph264depay ! avdec_h264.
for run in $(seq 1 "$runs"); do
  for client in ffmpeg gstreamer; do
    probe $client "rtsp://127.0.0.1:$rd_port/main" "rotordream $client $run" "$work/rd-$client.ms"
    probe $client "rtsp://127.0.0.1:$ref_port/main" "reference $client $run" "$work/ref-$client.ms"
  done
done
for client in ffmpeg gstreamer; do
  pooled "rotordream $client (all)" "$work/rd-$client.ms"
  pooled "reference $client (all)" "$work/ref-$client.ms"
done
printf 'machine: %s cores (%s), load %s\n' "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
