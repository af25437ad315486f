package io.rotordream.video.v4l2.internal;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.TimeUnit;


/** An open handle on a {@link FakeCamera}, answering as the kernel would. */
final class FakeVideoDevice implements VideoDevice {
    private final FakeCamera cam;
    private final int generation;
    private boolean closed;
    private int mapped;

    FakeVideoDevice(FakeCamera cam, int generation) {
        this.cam = cam;
        this.generation = generation;
    }

    private static V4l2Exception err(String op, int errno, String text) {
        return new V4l2Exception(op, errno, text);
    }

    /** Caller holds the lock. */
    private void alive(String op) throws V4l2Exception {
        if (closed) {
            throw err(op, 9, "Bad file descriptor");
        }
        if (!cam.present || generation != cam.generation) {
            throw err(op + " on " + cam.path, Posix.ENODEV, "No such device");
        }
    }

    private void owning(String op) throws V4l2Exception {
        alive(op);
        if (cam.owner != this) {
            throw err(op, Posix.EBUSY, "Device or resource busy");
        }
    }

    private interface Body<T> {
        T run() throws V4l2Exception;
    }

    private <T> T locked(String op, Body<T> body) throws V4l2Exception {
        cam.lock.lock();
        try {
            alive(op);
            return body.run();
        } finally {
            cam.lock.unlock();
        }
    }

    @Override
    public String path() {
        return cam.path;
    }

    @Override
    public Capability querycap() throws V4l2Exception {
        return locked("VIDIOC_QUERYCAP", () -> new Capability("uvcvideo", "Fake UVC Camera", "usb-0000:00:14.0-1",
                0x060100, cam.capabilities, cam.deviceCaps));
    }

    @Override
    public List<FormatDescription> enumFormats() throws V4l2Exception {
        return locked("VIDIOC_ENUM_FMT", () -> List.copyOf(cam.formats));
    }

    @Override
    public List<FrameSizes> enumFrameSizes(int fourcc) throws V4l2Exception {
        return locked("VIDIOC_ENUM_FRAMESIZES", () -> cam.sizes.getOrDefault(fourcc, List.of()));
    }

    @Override
    public List<FrameIntervals> enumFrameIntervals(int fourcc, int width, int height) throws V4l2Exception {
        return locked("VIDIOC_ENUM_FRAMEINTERVALS", () -> {
            List<FrameIntervals> iv = cam.intervals.get(fourcc + ":" + width + "x" + height);
            if (iv == null && cam.sizes.getOrDefault(fourcc, List.of()).stream().anyMatch(s -> s.contains(width, height))) {
                iv = cam.intervals.get(fourcc + ":*");
            }
            return iv == null ? List.of() : iv;
        });
    }

    @Override
    public PixFormat getFormat() throws V4l2Exception {
        return locked("VIDIOC_G_FMT", () -> cam.format);
    }

    /** Like a driver: an unknown fourcc becomes the first format, a size the nearest offered one. */
    @Override
    public PixFormat setFormat(PixFormat f) throws V4l2Exception {
        return locked("VIDIOC_S_FMT", () -> {
            if (cam.streaming || (cam.owner != null && cam.owner != this) || cam.buffers.length > 0) {
                throw err("VIDIOC_S_FMT", Posix.EBUSY, "Device or resource busy");
            }
            int fourcc = cam.sizes.containsKey(f.fourcc()) ? f.fourcc() : cam.formats.get(0).fourcc();
            FrameSizes best = null;
            long bestDistance = Long.MAX_VALUE;
            for (FrameSizes s : cam.sizes.get(fourcc)) {
                if (s.contains(f.width(), f.height())) {
                    cam.format = cam.pix(fourcc, f.width(), f.height());
                    return cam.format;
                }
                long d = Math.abs((long) s.maxWidth() * s.maxHeight() - (long) f.width() * f.height());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = s;
                }
            }
            cam.format = cam.pix(fourcc, best.maxWidth(), best.maxHeight());
            return cam.format;
        });
    }

    @Override
    public Fraction setFrameInterval(Fraction tpf) throws V4l2Exception {
        return locked("VIDIOC_S_PARM", () -> {
            List<FrameIntervals> offered = enumFrameIntervalsLocked();
            Fraction chosen = offered.isEmpty() || !offered.get(0).isDiscrete() ? tpf : offered.get(0).min();
            for (FrameIntervals iv : offered) {
                if (iv.isDiscrete() && Math.abs(iv.min().seconds() - tpf.seconds()) < Math.abs(chosen.seconds() - tpf.seconds())) {
                    chosen = iv.min();
                }
            }
            cam.interval = chosen;
            return chosen;
        });
    }

    private List<FrameIntervals> enumFrameIntervalsLocked() {
        PixFormat f = cam.format;
        List<FrameIntervals> iv = cam.intervals.get(f.fourcc() + ":" + f.width() + "x" + f.height());
        return iv != null ? iv : cam.intervals.getOrDefault(f.fourcc() + ":*", List.of());
    }

    @Override
    public int requestBuffers(int count) throws V4l2Exception {
        return locked("VIDIOC_REQBUFS", () -> {
            if (cam.owner != null && cam.owner != this) {
                throw err("VIDIOC_REQBUFS", Posix.EBUSY, "Device or resource busy");
            }
            if (cam.streaming) {
                throw err("VIDIOC_REQBUFS", Posix.EBUSY, "Device or resource busy");
            }
            cam.queued.clear();
            cam.done.clear();
            // buffers still mapped stay valid for their holders (orphaned), as vb2 does
            cam.buffers = new ByteBuffer[count];
            cam.bytesUsed = new int[count];
            cam.sequences = new long[count];
            cam.flags = new int[count];
            for (int i = 0; i < count; i++) {
                cam.buffers[i] = ByteBuffer.allocateDirect(cam.format.sizeImage());
            }
            cam.owner = count == 0 ? null : this;
            return count;
        });
    }

    @Override
    public ByteBuffer mapBuffer(int index) throws V4l2Exception {
        return locked("mmap", () -> {
            owning("mmap");
            mapped++;
            return cam.buffers[index];
        });
    }

    @Override
    public void unmapBuffers() {
        cam.lock.lock();
        try {
            cam.unmapped += mapped;
            mapped = 0;
        } finally {
            cam.lock.unlock();
        }
    }

    @Override
    public void queue(int index) throws V4l2Exception {
        locked("VIDIOC_QBUF", () -> {
            owning("VIDIOC_QBUF");
            if (index < 0 || index >= cam.buffers.length || cam.queued.contains(index) || cam.done.contains(index)) {
                throw err("VIDIOC_QBUF", Posix.EINVAL, "Invalid argument");
            }
            cam.queued.add(index);
            cam.queueCalls++;
            cam.changed.signalAll();
            return null;
        });
    }

    @Override
    public boolean dequeue(Dequeued into) throws V4l2Exception {
        return locked("VIDIOC_DQBUF", () -> {
            owning("VIDIOC_DQBUF");
            if (!cam.streaming) {
                throw err("VIDIOC_DQBUF", Posix.EINVAL, "Invalid argument");
            }
            Integer i = cam.done.poll();
            if (i == null) {
                return false;
            }
            cam.dequeueCalls++;
            into.index = i;
            into.bytesUsed = cam.bytesUsed[i];
            into.flags = cam.flags[i];
            into.sequence = cam.sequences[i];
            into.timestampNanos = cam.timestampNanos(cam.sequences[i]);
            return true;
        });
    }

    @Override
    public void streamOn() throws V4l2Exception {
        locked("VIDIOC_STREAMON", () -> {
            owning("VIDIOC_STREAMON");
            if (cam.buffers.length == 0) {
                throw err("VIDIOC_STREAMON", Posix.EINVAL, "Invalid argument");
            }
            cam.streaming = true;
            cam.sensorSequence = 0;
            cam.streamOns++;
            cam.changed.signalAll();
            return null;
        });
    }

    @Override
    public void streamOff() throws V4l2Exception {
        locked("VIDIOC_STREAMOFF", () -> {
            owning("VIDIOC_STREAMOFF");
            cam.streaming = false;
            cam.queued.clear(); // videodev2.h: STREAMOFF returns every buffer to the dequeued state
            cam.done.clear();
            cam.changed.signalAll();
            return null;
        });
    }

    @Override
    public int poll(int timeoutMs) throws V4l2Exception {
        cam.lock.lock();
        try {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
            for (;;) {
                if (closed) {
                    return Posix.POLLNVAL;
                }
                if (!cam.present || generation != cam.generation) {
                    return Posix.POLLERR | Posix.POLLHUP;
                }
                if (!cam.streaming) {
                    return Posix.POLLERR;
                }
                if (!cam.done.isEmpty()) {
                    return Posix.POLLIN;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return 0;
                }
                cam.changed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } finally {
            cam.lock.unlock();
        }
    }

    @Override
    public ControlInfo queryControl(int id) throws V4l2Exception {
        return locked("VIDIOC_QUERYCTRL", () -> cam.controls.query(id));
    }

    @Override
    public String queryMenu(int id, int index) throws V4l2Exception {
        return locked("VIDIOC_QUERYMENU", () -> cam.controls.menuItem(id, index));
    }

    @Override
    public int getControl(int id) throws V4l2Exception {
        return locked("VIDIOC_G_CTRL", () -> cam.controls.value(id));
    }

    @Override
    public void setControl(int id, int value) throws V4l2Exception {
        locked("VIDIOC_S_CTRL", () -> {
            cam.controls.set(id, value);
            return null;
        });
    }

    @Override
    public void close() {
        cam.lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            cam.openHandles--;
            if (cam.owner == this) {
                // the file's release frees the queue (vb2_fop_release); mappings keep their memory
                cam.owner = null;
                cam.streaming = false;
                cam.queued.clear();
                cam.done.clear();
                cam.buffers = new ByteBuffer[0];
            }
            cam.changed.signalAll();
        } finally {
            cam.lock.unlock();
        }
    }

}
