package io.rotordream.memory.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The appliance's three pools (the seed's memory_pools): frames from the sensor, encoded access
 * units, and network packets. Reconfiguring replaces a pool; buffers lent from the old one return
 * to it and it is freed when the last comes back.
 */
@ProviderType
public interface BufferPools {

    /** Pool names. */
    String FRAME = "frame_buffers";
    String ENCODING = "encoding_buffers";
    String NETWORK = "network_buffers";

    /** @param name one of {@link #FRAME}, {@link #ENCODING}, {@link #NETWORK} */
    BufferPool pool(String name);

    List<PoolStats> stats();

    /** Direct memory the pools hold, in bytes. */
    long reservedBytes();
}
