#!/usr/bin/env bash
# WebRTC benchmarks, against the exported runtime and headless Debian Chromium, both inside a
# network namespace made for the run (Chromium gathers no ICE candidate on a loopback-only host):
#   1. time to first frame after the WHEP POST, in Chromium (cold: the first session of the JVM;
#      then warm runs, each a new page and session)                         goal <= 500 ms
#   2. glass-to-glass latency at 720p30 in Chromium: the synthetic sensor's time code (capture
#      time) read back from every presented frame                          goal <= 100 ms median
#   3. server CPU per viewer, and the most viewers held at 0 loss: Java WHEP viewers (ICE, DTLS,
#      SRTP, no NACK so every loss shows) added in steps; the runtime's CPU from /proc.
# Reference figures printed beside ours: the encoder's own time per frame (the floor of any
# latency), Chromium's jitter buffer and decode time, and one viewer's CPU against the encoder's.
#
#   bench/webrtc.sh [warm runs, default 8] [latency seconds, default 20] [viewer steps, default "1 5 10 20 40 80"]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-8}"
secs="${2:-20}"
steps="${3:-1 5 10 20 40 80}"
[ "$(id -u)" -eq 0 ] || { echo "bench/webrtc.sh: needs root (ip netns)" >&2; exit 2; }
jar="$root/runtime/target/rotordream.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q -DskipTests install)
[ -d "$root/itest/browser/node_modules/playwright-core" ] || (cd "$root/itest/browser" && npm ci --no-audit --no-fund --loglevel=error)
cp_file="$root/bundles/io.rotordream.webrtc.server/target/bench-classpath.txt"
(cd "$root" && mvn -B -q dependency:build-classpath -pl bundles/io.rotordream.webrtc.server \
   -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null)
cp="$root/bundles/io.rotordream.webrtc.server/target/test-classes:$root/bundles/io.rotordream.webrtc.server/target/classes:$(cat "$cp_file")"

ns="rdbench-$$"
work=$(mktemp -d)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; sleep 1; ip netns del "$ns" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
trap "exit 130" INT TERM
ip netns add "$ns"
ip -n "$ns" link set lo up
ip -n "$ns" link add rd0 type veth peer name rd1
ip -n "$ns" addr add 10.99.8.1/24 dev rd0
ip -n "$ns" link set rd0 up
ip -n "$ns" link set rd1 up
in_ns() { ip netns exec "$ns" "$@"; }

data="$work/data"; mkdir -p "$data/etc"
port=18400
cat > "$data/etc/rotordream.streaming.webrtc.cfg" <<CFG
ice_addresses=127.0.0.1
max_sessions=200
udp_port_min=42000
udp_port_max=42399
CFG
echo "sub_enabled=false" > "$data/etc/rotordream.camera.substream.cfg"
echo "enabled=false" > "$data/etc/rotordream.streaming.adaptive.cfg"
printf 'resolution=1280x720\nframe_rate=30\n' > "$data/etc/rotordream.camera.capture.cfg"
# ip netns exec execs into java (no fork), so $! is the runtime's pid for /proc/PID/stat
ip netns exec "$ns" java @"$root/runtime/jvm.options" -Drotordream.home="$data" -Dfelix.cm.dir="$data/config" -Dfelix.fileinstall.dir="$data/etc" \
  -Dorg.osgi.service.http.port=$port -Dlaunch.storage.dir="$data/cache" -jar "$jar" > "$work/log" 2>&1 &
pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 300); do in_ns curl -s -o /dev/null -w '%{http_code}' "$base/api/health" | grep -q 200 && break; sleep 0.2; done
token=$(cat "$data/admin.token")
for _ in $(seq 1 100); do
  in_ns curl -s -H "Authorization: Bearer $token" "$base/api/camera/status" | grep -q '"NV12 1280x720@30"' && break; sleep 0.2
done
sleep 2
tick=$(getconf CLK_TCK)
cpu_ms() { read -r -a st < "/proc/$pid/stat"; echo $(( (st[13] + st[14]) * 1000 / tick )); }
check() { in_ns node "$root/itest/browser/whep-check.js" --base "$base" --token "$token" "$@"; }
py() { python3 -c "$1" "${@:2}"; }

echo "== time to first frame after the WHEP POST (Chromium, 720p30, GOP 30) =="
first=""
for i in $(seq 0 "$runs"); do
  v=$(check --seconds 1 --timecode 0 | tail -1 | py 'import json,sys; d=json.loads(sys.stdin.read()); print(round(d["viewers"][0]["firstFrameAfterPostMs"]))')
  if [ "$i" -eq 0 ]; then echo "cold (first session of the JVM): $v ms"; else first="$first $v"; fi
done
py 'import sys,statistics as s; v=[float(x) for x in sys.argv[1].split()]; print("warm: median %.0f ms, min %.0f, max %.0f over %d runs (goal <= 500 ms)" % (s.median(v), min(v), max(v), len(v)))' "$first"
# The server's side of the same sessions: offer to ICE, to DTLS done, to the first keyframe sent.
grep -o 'first keyframe sent [0-9]* ms after the offer (ICE [0-9]* ms, DTLS done [0-9]* ms)' "$work/log" | tail -n "$runs" \
  | py 'import sys,re,statistics as s
rows=[list(map(int,re.findall(r"[0-9]+",l))) for l in sys.stdin]
if rows: print("server side, median of the warm runs: ICE connected %.0f ms, DTLS done %.0f ms, first keyframe sent %.0f ms after the offer" % (s.median(r[1] for r in rows), s.median(r[2] for r in rows), s.median(r[0] for r in rows)))'

echo; echo "== glass-to-glass latency, Chromium, 720p30 =="
out=$(check --seconds "$secs" --timecode 1 --warmup 2 | tail -1)
enc=$(in_ns curl -s -H "Authorization: Bearer $token" "$base/api/camera/status" | py 'import json,sys; p=json.load(sys.stdin)["pipeline"][0]; print("%.1f ms p50, %.1f ms p95" % (p["encode_ms_p50"], p["encode_ms_p95"]))')
echo "$out" | py 'import json,sys; v=json.loads(sys.stdin.read())["viewers"][0]; t=v["timecode"]; s=v["stats"]
print("latency median %.0f ms, p95 %.0f ms, min %.0f ms over %d presented frames (goal <= 100 ms median)" % (t["latencyMedianMs"], t["latencyP95Ms"], t["latencyMinMs"], t["readable"]))
print("sequence %d..%d: %d gaps in what was presented, %d decoded in the window; %dx%d %s fps %s" % (t["firstSeq"], t["lastSeq"], t["gaps"], v["decodedDuring"], s["width"], s["height"], s["fps"], s["codec"]))
print("reference: Chromium jitter buffer %.0f ms, decode %.1f ms/frame; RTT %s ms" % (s["jitterBufferMs"], s["decodeMs"], s["rttMs"]))'
echo "reference: the encoder alone (capture to encoded access unit): $enc"

echo; echo "== server CPU per viewer and the most viewers at 0 loss (Java viewers, 720p30) =="
printf '%8s %10s %12s %10s %14s %10s\n' viewers connected "packets/s" missing "server CPU %" "per viewer"
c0=$(cpu_ms); t0=$(date +%s%N); sleep 10; c1=$(cpu_ms); t1=$(date +%s%N)
idle=$(py 'import sys; print("%.1f" % ((int(sys.argv[2])-int(sys.argv[1]))/((int(sys.argv[4])-int(sys.argv[3]))/1e6)*100))' "$c0" "$c1" "$t0" "$t1")
printf '%8s %10s %12s %10s %14s %10s\n' 0 - - - "$idle" "(encoder)"
best=0
for n in $steps; do
  ip netns exec "$ns" java -Xmx512m -cp "$cp" io.rotordream.webrtc.server.internal.WhepLoad "$base" "$token" "$n" 10 > "$work/load.json" 2>"$work/load.err" &
  lp=$!
  sleep 4
  c0=$(cpu_ms); t0=$(date +%s%N); sleep 8; c1=$(cpu_ms); t1=$(date +%s%N)
  wait $lp || true
  r=$(cat "$work/load.json")
  if [ -z "$r" ]; then echo "the Java viewers failed:"; tail -20 "$work/load.err"; break; fi
  cpu=$(py 'import sys; print("%.1f" % ((int(sys.argv[2])-int(sys.argv[1]))/((int(sys.argv[4])-int(sys.argv[3]))/1e6)*100))' "$c0" "$c1" "$t0" "$t1")
  echo "$r" | py 'import json,sys; d=json.loads(sys.stdin.read()); n=int(sys.argv[1]); cpu=float(sys.argv[2]); idle=float(sys.argv[3])
print("%8d %10d %12.0f %10d %14.1f %10.2f" % (n, d["connected"], d["packets_per_s"], d["missing"], cpu, (cpu-idle)/max(1,d["connected"])))' "$n" "$cpu" "$idle"
  if echo "$r" | py 'import json,sys; d=json.loads(sys.stdin.read()); sys.exit(0 if d["missing"]==0 and d["connected"]==int(sys.argv[1]) else 1)' "$n"; then best=$n; else break; fi
  sleep 4
done
echo "most viewers held at 0 loss: $best (of the steps tried: $steps; the Java viewers share the same 2 cores)"
printf '\nmachine: %s cores, %s, load %s; Chromium %s\n' "$(nproc)" "$(uname -m)" "$(cut -d' ' -f1-3 /proc/loadavg)" \
  "$(chromium --version 2>/dev/null | awk '{print $2}')"
