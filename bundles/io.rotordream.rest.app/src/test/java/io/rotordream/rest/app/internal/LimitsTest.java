package io.rotordream.rest.app.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;

import org.junit.Test;

import io.rotordream.rest.api.ApiException;

public class LimitsTest {

    @Test
    public void streamOverLimitIs413() throws Exception {
        LimitedInputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[100]), 99);
        try {
            in.readAllBytes();
            fail();
        } catch (ApiException e) {
            assertEquals(413, e.status());
        }
        assertEquals(100, new LimitedInputStream(new ByteArrayInputStream(new byte[100]), 100).readAllBytes().length);
    }

    @Test
    public void bearerParsing() {
        assertEquals("abc", AuthFilter.bearer("Bearer abc"));
        assertEquals("abc", AuthFilter.bearer("bearer   abc "));
        assertNull(AuthFilter.bearer("Basic YWRtaW46YWRtaW4="));
        assertNull(AuthFilter.bearer(null));
        assertNull(AuthFilter.bearer("Bearer"));
    }
}
