#!/usr/bin/python3
"""Reference RTSP server for side-by-side benchmarks: GStreamer's gst-rtsp-server, fed raw NV12
frames on stdin (from TimeCodeSource), encoded with x264enc tune=zerolatency speed-preset=ultrafast.
One shared media for every client, like RotorDream's mount. threads=1: with more, x264enc's
sliced threads make rtph264pay mark each slice as a picture, which ffmpeg then decodes as two
half frames.
Usage: reference_rtsp_server.py PORT WIDTH HEIGHT FPS KBPS KEYINT"""
import sys, threading, os
import gi
gi.require_version('Gst', '1.0')
gi.require_version('GstRtspServer', '1.0')
from gi.repository import Gst, GstRtspServer, GLib

port, w, h, fps, kbps, keyint = sys.argv[1], *map(int, sys.argv[2:7])
Gst.init(None)
size = w * h * 3 // 2
launch = ("( appsrc name=src is-live=true do-timestamp=true format=time "
          f"caps=video/x-raw,format=NV12,width={w},height={h},framerate={fps}/1 "
          "! queue max-size-buffers=2 leaky=downstream "
          f"! x264enc tune=zerolatency speed-preset=ultrafast bitrate={kbps} key-int-max={keyint} threads=1 "
          f"pass=cbr vbv-buf-capacity=1000 option-string=nal-hrd=cbr "
          "! video/x-h264,profile=high ! rtph264pay name=pay0 pt=96 config-interval=-1 )")
server = GstRtspServer.RTSPServer()
server.set_service(port)
server.set_address('127.0.0.1')
factory = GstRtspServer.RTSPMediaFactory()
factory.set_launch(launch)
factory.set_shared(True)
appsrc = {}

def feed():
    stdin = sys.stdin.buffer
    while True:
        data = stdin.read(size)
        if not data or len(data) < size:
            os._exit(0)
        src = appsrc.get('src')
        if src is not None:
            src.emit('push-buffer', Gst.Buffer.new_wrapped(data))

def configure(factory, media):
    appsrc['src'] = media.get_element().get_by_name('src')

factory.connect('media-configure', configure)
server.get_mount_points().add_factory('/main', factory)
server.attach(None)
threading.Thread(target=feed, daemon=True).start()
print('reference RTSP server on rtsp://127.0.0.1:%s/main' % port, flush=True)
GLib.MainLoop().run()
