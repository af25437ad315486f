# Shared by the RTSP benchmarks: start the exported runtime and the reference server as processes.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/runtime/target/rotordream.jar"
tc="$here/bundles/io.rotordream.video.timecode/target/classes"
[ -f "$jar" ] && [ -d "$tc" ] || { echo "build first: mvn -DskipTests install" >&2; exit 1; }
for c in ffmpeg /usr/bin/python3; do command -v "$c" >/dev/null || { echo "needs $c" >&2; exit 1; }; done
/usr/bin/python3 -c 'import gi; gi.require_version("GstRtspServer", "1.0"); from gi.repository import GstRtspServer' 2>/dev/null || {
  echo "the reference server needs: apt-get install python3-gi gir1.2-gst-rtsp-server-1.0 gstreamer1.0-plugins-ugly gstreamer1.0-plugins-good" >&2; exit 1; }
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_rotordream RTSP_PORT [extra rtsp cfg lines...]: sets rd_pid, rd_http, rd_token
start_rotordream() {
  local rtsp_port="$1"; shift
  local data="$work/rd"; mkdir -p "$data/etc"
  { echo "auth=off"; echo "port=$rtsp_port"; echo "bind_address=127.0.0.1"; for l in "$@"; do echo "$l"; done; } \
    > "$data/etc/rotordream.streaming.rtsp.cfg"
  rd_http=$(free_port)
  java @"$here/runtime/jvm.options" -Drotordream.home="$data" -Dfelix.cm.dir="$data/config" -Dfelix.fileinstall.dir="$data/etc" \
       -Dorg.osgi.service.http.port="$rd_http" -Dlaunch.storage.dir="$data/cache" -jar "$jar" >"$work/rd.log" 2>&1 &
  rd_pid=$!; pids+=("$rd_pid")
  for _ in $(seq 1 300); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$rd_http/api/health")" = 200 ] && break
    sleep 0.1
  done
  rd_token=$(cat "$data/admin.token")
}

rd_put() { # path json
  curl -s -f -o /dev/null -X PUT -H "Authorization: Bearer $rd_token" -H 'Content-Type: application/json' \
       -d "$2" "http://127.0.0.1:$rd_http$1" || { echo "PUT $1 $2 failed" >&2; exit 1; }
}

# start_reference PORT W H FPS KBPS KEYINT: sets ref_pid (the python server; the frame source feeds it)
start_reference() {
  rm -f "$work/frames"; mkfifo "$work/frames"
  java -cp "$tc" "$here/bench/src/TimeCodeSource.java" "$2" "$3" "$4" > "$work/frames" &
  src_pid=$!; pids+=("$src_pid")
  /usr/bin/python3 "$here/bench/reference_rtsp_server.py" "$@" < "$work/frames" > "$work/ref.log" 2>&1 &
  ref_pid=$!; pids+=("$ref_pid")
  for _ in $(seq 1 100); do grep -qs "reference RTSP" "$work/ref.log" && break; sleep 0.1; done
}

# await_describe URL: waits until the server answers DESCRIBE
await_describe() {
  for _ in $(seq 1 100); do
    timeout 5 ffprobe -v quiet -rtsp_transport tcp "$1" && return 0
    sleep 0.3
  done
  echo "no stream at $1" >&2; exit 1
}

cpu_ticks() { local t=0 p; for p in "$@"; do t=$(( t + $(awk '{print $14+$15}' "/proc/$p/stat") )); done; echo "$t"; }
