package io.rotordream.rest.app.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import io.rotordream.rest.api.ApiException;

/** Refuses a body that grows past the limit while it is read (chunked bodies carry no length). */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    static ApiException tooLarge(long limit) {
        return new ApiException(413, "payload_too_large", null, "request body larger than " + limit + " bytes");
    }

    private void add(long n) {
        if (n > 0) {
            count += n;
            if (count > limit) {
                throw tooLarge(limit);
            }
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        add(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        add(s);
        return s;
    }
}
