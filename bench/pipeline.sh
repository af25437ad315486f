#!/usr/bin/env bash
# Pipeline throughput per encoder backend: the synthetic sensor unpaced (as fast as the encoder
# takes frames, never dropping) through the real runtime, side by side with a reference encoder
# fed the very same frames (dumped from the same pattern renderer) at the same settings:
#   x264     vs ffmpeg -c:v libx264
#   x265     vs ffmpeg -c:v libx265
#   openh264 vs gst-launch-1.0 ... openh264enc   (Debian's ffmpeg has no libopenh264)
# Prints fps of both and their ratio, CPU per frame of both, and the bytes the capture and encode
# threads allocated per frame (goal: near zero).
#
#   bench/pipeline.sh [seconds per round, default 10] [sizes, default "1280x720 1920x1080"]
#   ROUNDS=5 bench/pipeline.sh ...          (rounds per case, default 3; medians are printed)
#   BACKENDS="x265" bench/pipeline.sh ...   (a subset of backends)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
secs="${1:-10}"
sizes="${2:-1280x720 1920x1080}"
rounds="${ROUNDS:-3}"
jar="$root/runtime/target/rotordream.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q -DskipTests install)
work=$(mktemp -d); trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
data="$work/data"; mkdir -p "$data/etc"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
tick=$(getconf CLK_TCK)
preset=superfast; kbps=4000

cat > "$data/etc/rotordream.camera.synthetic.cfg" <<EOF
paced=false
EOF
cat > "$data/etc/rotordream.camera.substream.cfg" <<EOF
sub_enabled=false
EOF
java @"$root/runtime/jvm.options" -Drotordream.home="$data" -Dfelix.cm.dir="$data/config" -Dfelix.fileinstall.dir="$data/etc" \
     -Dorg.osgi.service.http.port="$port" -Dlaunch.storage.dir="$data/cache" -jar "$jar" > "$work/log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do
  curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health" 2>/dev/null | grep -q 200 && break
  sleep 0.1
done
token=$(cat "$data/admin.token")
status() { curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/camera/status"; }
cpu_ms() { read -r -a st < "/proc/$pid/stat"; echo $(( (st[13] + st[14]) * 1000 / tick )); }
field() { python3 -c "import json,sys; d=json.load(sys.stdin); p=d['pipeline'][0]; print($1)"; }

cp_jars="$root/bundles/io.rotordream.video.synthetic/target/io.rotordream.video.synthetic-0.1.0-SNAPSHOT.jar"
for b in video.api memory.api video.timecode; do
  cp_jars="$cp_jars:$root/bundles/io.rotordream.$b/target/io.rotordream.$b-0.1.0-SNAPSHOT.jar"
done

# What the x265 backend sets for this profile (X265Options), so both encode alike: CBR is strict,
# GOPs are closed, and zerolatency's single frame thread stays (ffmpeg's threads=auto would
# otherwise override the tune's frame-threads=1 on machines with 4 or more cores).
x265_params="vbv-maxrate=$kbps:vbv-bufsize=$kbps:keyint=30:bframes=0:strict-cbr=1:open-gop=0:frame-threads=1:repeat-headers=1:log-level=error"

reference() { # backend width height file -> "fps cpu_ms_per_frame"
  local be=$1 w=$2 h=$3 f=$4 t0 t1 out
  case $be in
    x264) cmd=(ffmpeg -v error -f rawvideo -pix_fmt nv12 -s "${w}x${h}" -r 30 -i "$f" -c:v libx264 -preset $preset
               -tune zerolatency -b:v ${kbps}k -maxrate ${kbps}k -bufsize ${kbps}k -g 30 -bf 0 -f null -) ;;
    x265) cmd=(ffmpeg -v error -f rawvideo -pix_fmt nv12 -s "${w}x${h}" -r 30 -i "$f" -c:v libx265 -preset $preset
               -tune zerolatency -b:v ${kbps}k -x265-params "$x265_params"
               -f null -) ;;
    openh264) cmd=(gst-launch-1.0 -q filesrc location="$f" ! rawvideoparse format=nv12 width=$w height=$h framerate=30/1
               ! videoconvert ! openh264enc bitrate=$((kbps * 1000)) rate-control=bitrate gop-size=30 ! fakesink) ;;
  esac
  t0=$(date +%s%N)
  out=$( { /usr/bin/time -f "%U %S" "${cmd[@]}" > /dev/null; } 2>&1 | tail -1)
  t1=$(date +%s%N)
  python3 -c "u,s='$out'.split(); el=($t1-$t0)/1e9; print('%.1f %.2f' % ($ref_frames/el, (float(u)+float(s))*1000/$ref_frames))"
}

printf '%-10s %-9s %10s %10s %7s %12s %12s %14s   %s\n' size backend "rd fps" "ref fps" ratio "rd ms cpu/f" "ref ms cpu/f" "alloc B/frame" "ratio per round"
for size in $sizes; do
  w=${size%x*}; h=${size#*x}
  raw="$work/frames.yuv"
  cat > "$data/etc/rotordream.camera.capture.cfg" <<EOF
resolution=$size
frame_rate=30
pixel_format=NV12
EOF
  for be in ${BACKENDS:-x264 openh264 x265}; do
    codec=h264; [ $be = x265 ] && codec=h265
    profile=high; [ $be = openh264 ] && profile=baseline; [ $be = x265 ] && profile=main
    cat > "$data/etc/rotordream.camera.encoding.cfg" <<EOF
codec=$codec
backend_order=$be
quality_preset=$preset
tune=zerolatency
rate_control=cbr
bitrate_kbps=$kbps
gop_size=30
b_frames=0
profile=$profile
EOF
    ok=""
    for _ in $(seq 1 100); do
      s=$(status)
      if [ "$(echo "$s" | field "p['backend'] + ' ' + d['format']" 2>/dev/null)" = "$be NV12 $size@30" ]; then ok=1; break; fi
      sleep 0.2
    done
    if [ -z "$ok" ]; then printf '%-10s %-9s %s\n' "$size" "$be" "not available here: $(echo "$s" | field "d['problems']")"; continue; fi
    sleep 2
    # Rounds of (runtime window, then the reference on the same frames); medians of each side and
    # of the per-round ratios, because a shared two-core machine is noisy from one run to the next.
    rows=()
    for _ in $(seq 1 "$rounds"); do
      s0=$(status); c0=$(cpu_ms); t0=$(date +%s%N)
      sleep "$secs"
      s1=$(status); c1=$(cpu_ms); t1=$(date +%s%N)
      f0=$(echo "$s0" | field "p['frames_encoded']"); f1=$(echo "$s1" | field "p['frames_encoded']")
      a0=$(echo "$s0" | field "p['encode_thread_allocated_bytes'] + p['capture_thread_allocated_bytes']")
      a1=$(echo "$s1" | field "p['encode_thread_allocated_bytes'] + p['capture_thread_allocated_bytes']")
      # The reference encodes the very frames the runtime encoded in the window (the pattern's
      # detail varies along its scroll period, so the first frames are not the same work).
      d0=$(echo "$s0" | python3 -c "import json,sys; print(json.load(sys.stdin)['source']['delivered'])")
      ref_frames=$(( f1 - f0 ))
      # The runtime is frozen while the reference runs: each side gets the whole machine.
      kill -STOP "$pid"
      java -cp "$cp_jars" io.rotordream.video.synthetic.internal.FrameDump "$w" "$h" NV12 "$ref_frames" "$raw" "$d0"
      read -r rfps rcpu <<< "$(reference $be $w $h "$raw")"
      rm -f "$raw"
      kill -CONT "$pid"
      sleep 1
      rows+=("$f0 $f1 $t0 $t1 $c0 $c1 $a0 $a1 $rfps $rcpu")
    done
    printf '%s\n' "${rows[@]}" | python3 -c '
import sys, statistics as st
size, be = sys.argv[1:]
fps, ref, ratio, cpu, rcpu, alloc = [], [], [], [], [], []
for line in sys.stdin:
    f0, f1, t0, t1, c0, c1, a0, a1, rfps, rc = line.split()
    frames = int(f1) - int(f0)
    fps.append(frames / ((int(t1) - int(t0)) / 1e9)); ref.append(float(rfps)); ratio.append(fps[-1] / ref[-1])
    cpu.append((int(c1) - int(c0)) / max(1, frames)); rcpu.append(float(rc)); alloc.append((int(a1) - int(a0)) / max(1, frames))
m = st.median
print("%-10s %-9s %10.1f %10.1f %7.2f %12.2f %12.2f %14.1f   %s" % (size, be, m(fps), m(ref), m(ratio), m(cpu), m(rcpu), m(alloc),
      " ".join("%.2f" % r for r in ratio)))
' "$size" "$be"
  done
done
printf '\nmachine: %s cores, %s, load %s; %s rounds of %s s per case (medians), preset %s, %s kbps CBR, reference on the frames of the window\n' \
  "$(nproc)" "$(uname -m)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$rounds" "$secs" "$preset" "$kbps"
