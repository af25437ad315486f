package io.rotordream.video.v4l2.internal;

import static io.rotordream.video.v4l2.internal.DeviceFd.fraction;
import static io.rotordream.video.v4l2.internal.DeviceFd.struct;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * A V4L2 node through libc. Structs are native memory written at the {@link Abi} offsets; the
 * per-frame calls (poll, DQBUF, QBUF) reuse preallocated structs and allocate nothing.
 */
final class LinuxVideoDevice implements VideoDevice {

    private static final int CAPTURE = V4l2.V4L2_BUF_TYPE_VIDEO_CAPTURE;

    private final DeviceFd fd;
    private final Memory dequeueArg = new Memory(Abi.BUFFER_SIZE);
    private final Memory pollArg = new Memory(Abi.POLLFD_SIZE);
    private final Memory typeArg = new Memory(Integer.BYTES);
    /** One v4l2_buffer per index, so consumers on different threads can QBUF at the same time. */
    private volatile Memory[] queueArgs = new Memory[0];
    private final List<Pointer> mappings = new ArrayList<>();
    private final List<Long> mappedLengths = new ArrayList<>();

    private LinuxVideoDevice(DeviceFd fd) {
        this.fd = fd;
        typeArg.setInt(0, CAPTURE);
    }

    static VideoDevice open(String path) throws V4l2Exception {
        return new LinuxVideoDevice(DeviceFd.open(path));
    }

    @Override
    public String path() {
        return fd.path;
    }

    @Override
    public Capability querycap() throws V4l2Exception {
        return LinuxQueries.querycap(fd);
    }

    @Override
    public List<FormatDescription> enumFormats() throws V4l2Exception {
        return LinuxQueries.enumFormats(fd);
    }

    @Override
    public List<FrameSizes> enumFrameSizes(int fourcc) throws V4l2Exception {
        return LinuxQueries.enumFrameSizes(fd, fourcc);
    }

    @Override
    public List<FrameIntervals> enumFrameIntervals(int fourcc, int width, int height) throws V4l2Exception {
        return LinuxQueries.enumFrameIntervals(fd, fourcc, width, height);
    }

    @Override
    public ControlInfo queryControl(int id) throws V4l2Exception {
        return LinuxQueries.queryControl(fd, id);
    }

    @Override
    public String queryMenu(int id, int index) throws V4l2Exception {
        return LinuxQueries.queryMenu(fd, id, index);
    }

    @Override
    public int getControl(int id) throws V4l2Exception {
        return LinuxQueries.getControl(fd, id);
    }

    @Override
    public void setControl(int id, int value) throws V4l2Exception {
        LinuxQueries.setControl(fd, id, value);
    }

    @Override
    public PixFormat getFormat() throws V4l2Exception {
        Memory m = struct(Abi.FORMAT_SIZE);
        m.setInt(Abi.FORMAT_TYPE, CAPTURE);
        fd.ioctl("VIDIOC_G_FMT", V4l2.VIDIOC_G_FMT, m);
        return pix(m);
    }

    @Override
    public PixFormat setFormat(PixFormat f) throws V4l2Exception {
        Memory m = struct(Abi.FORMAT_SIZE);
        m.setInt(Abi.FORMAT_TYPE, CAPTURE);
        m.setInt(Abi.FORMAT_PIX_WIDTH, f.width());
        m.setInt(Abi.FORMAT_PIX_HEIGHT, f.height());
        m.setInt(Abi.FORMAT_PIX_PIXELFORMAT, f.fourcc());
        m.setInt(Abi.FORMAT_PIX_FIELD, f.field());
        m.setInt(Abi.FORMAT_PIX_BYTESPERLINE, f.bytesPerLine());
        fd.ioctl("VIDIOC_S_FMT", V4l2.VIDIOC_S_FMT, m);
        return pix(m);
    }

    @Override
    public Fraction setFrameInterval(Fraction timePerFrame) throws V4l2Exception {
        Memory m = struct(Abi.STREAMPARM_SIZE);
        m.setInt(Abi.STREAMPARM_TYPE, CAPTURE);
        if (fd.xioctl(V4l2.VIDIOC_G_PARM, m) != 0) {
            if (Native.getLastError() == Posix.ENOTTY) {
                return null;
            }
            throw fd.error("VIDIOC_G_PARM");
        }
        // videodev2.h: timeperframe is only honoured when the driver sets V4L2_CAP_TIMEPERFRAME
        if ((m.getInt(Abi.STREAMPARM_CAPABILITY) & V4l2.V4L2_CAP_TIMEPERFRAME) == 0) {
            return null;
        }
        m.setInt(Abi.STREAMPARM_TIMEPERFRAME_NUM, timePerFrame.numerator());
        m.setInt(Abi.STREAMPARM_TIMEPERFRAME_DEN, timePerFrame.denominator());
        fd.ioctl("VIDIOC_S_PARM", V4l2.VIDIOC_S_PARM, m);
        return fraction(m, Abi.STREAMPARM_TIMEPERFRAME_NUM, Abi.STREAMPARM_TIMEPERFRAME_DEN);
    }

    @Override
    public int requestBuffers(int count) throws V4l2Exception {
        Memory m = struct(Abi.REQBUFS_SIZE);
        m.setInt(Abi.REQBUFS_COUNT, count);
        m.setInt(Abi.REQBUFS_TYPE, CAPTURE);
        m.setInt(Abi.REQBUFS_MEMORY, V4l2.V4L2_MEMORY_MMAP);
        fd.ioctl("VIDIOC_REQBUFS", V4l2.VIDIOC_REQBUFS, m);
        int granted = m.getInt(Abi.REQBUFS_COUNT);
        Memory[] args = new Memory[granted];
        for (int i = 0; i < granted; i++) {
            args[i] = new Memory(Abi.BUFFER_SIZE);
        }
        queueArgs = args;
        return granted;
    }

    @Override
    public synchronized ByteBuffer mapBuffer(int index) throws V4l2Exception {
        Memory m = struct(Abi.BUFFER_SIZE);
        m.setInt(Abi.BUFFER_INDEX, index);
        m.setInt(Abi.BUFFER_TYPE, CAPTURE);
        m.setInt(Abi.BUFFER_MEMORY, V4l2.V4L2_MEMORY_MMAP);
        fd.ioctl("VIDIOC_QUERYBUF", V4l2.VIDIOC_QUERYBUF, m);
        long length = Integer.toUnsignedLong(m.getInt(Abi.BUFFER_LENGTH));
        long offset = Integer.toUnsignedLong(m.getInt(Abi.BUFFER_M_OFFSET));
        Pointer p = LibC.mmap(null, length, Posix.PROT_READ | Posix.PROT_WRITE, Posix.MAP_SHARED, fd.fd, offset);
        if (Pointer.nativeValue(p) == -1L) { // MAP_FAILED
            throw fd.error("mmap of buffer " + index);
        }
        mappings.add(p);
        mappedLengths.add(length);
        return p.getByteBuffer(0, length);
    }

    @Override
    public synchronized void unmapBuffers() {
        for (int i = 0; i < mappings.size(); i++) {
            LibC.munmap(mappings.get(i), mappedLengths.get(i));
        }
        mappings.clear();
        mappedLengths.clear();
    }

    @Override
    public void queue(int index) throws V4l2Exception {
        Memory m = queueArgs[index];
        // the kernel writes flags back on QBUF; clear them so none goes in by accident next time
        m.clear();
        m.setInt(Abi.BUFFER_INDEX, index);
        m.setInt(Abi.BUFFER_TYPE, CAPTURE);
        m.setInt(Abi.BUFFER_MEMORY, V4l2.V4L2_MEMORY_MMAP);
        if (fd.xioctl(V4l2.VIDIOC_QBUF, m) == -1) {
            throw fd.error("VIDIOC_QBUF");
        }
    }

    @Override
    public boolean dequeue(Dequeued into) throws V4l2Exception {
        Memory m = dequeueArg;
        m.clear();
        m.setInt(Abi.BUFFER_TYPE, CAPTURE);
        m.setInt(Abi.BUFFER_MEMORY, V4l2.V4L2_MEMORY_MMAP);
        if (fd.xioctl(V4l2.VIDIOC_DQBUF, m) == -1) {
            if (Native.getLastError() == Posix.EAGAIN) {
                return false;
            }
            throw fd.error("VIDIOC_DQBUF");
        }
        into.index = m.getInt(Abi.BUFFER_INDEX);
        into.bytesUsed = m.getInt(Abi.BUFFER_BYTESUSED);
        into.flags = m.getInt(Abi.BUFFER_FLAGS);
        into.sequence = Integer.toUnsignedLong(m.getInt(Abi.BUFFER_SEQUENCE));
        into.timestampNanos = m.getLong(Abi.BUFFER_TIMESTAMP_SEC) * 1_000_000_000L
                + m.getLong(Abi.BUFFER_TIMESTAMP_USEC) * 1_000L;
        return true;
    }

    @Override
    public void streamOn() throws V4l2Exception {
        fd.ioctl("VIDIOC_STREAMON", V4l2.VIDIOC_STREAMON, typeArg);
    }

    @Override
    public void streamOff() throws V4l2Exception {
        fd.ioctl("VIDIOC_STREAMOFF", V4l2.VIDIOC_STREAMOFF, typeArg);
    }

    @Override
    public int poll(int timeoutMs) throws V4l2Exception {
        Memory m = pollArg;
        m.setInt(Abi.POLLFD_FD, fd.fd);
        m.setShort(Abi.POLLFD_EVENTS, (short) Posix.POLLIN);
        m.setShort(Abi.POLLFD_REVENTS, (short) 0);
        int r = LibC.poll(m, 1, timeoutMs);
        if (r < 0) {
            if (Native.getLastError() == Posix.EINTR) {
                return 0;
            }
            throw fd.error("poll");
        }
        return r == 0 ? 0 : m.getShort(Abi.POLLFD_REVENTS) & 0xffff;
    }

    @Override
    public void close() {
        fd.close();
    }

    private static PixFormat pix(Memory m) {
        return new PixFormat(m.getInt(Abi.FORMAT_PIX_WIDTH), m.getInt(Abi.FORMAT_PIX_HEIGHT),
                m.getInt(Abi.FORMAT_PIX_PIXELFORMAT), m.getInt(Abi.FORMAT_PIX_FIELD),
                m.getInt(Abi.FORMAT_PIX_BYTESPERLINE), m.getInt(Abi.FORMAT_PIX_SIZEIMAGE));
    }
}
