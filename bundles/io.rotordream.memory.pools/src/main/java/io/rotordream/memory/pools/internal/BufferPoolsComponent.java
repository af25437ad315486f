package io.rotordream.memory.pools.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.memory.api.BufferPool;
import io.rotordream.memory.api.BufferPools;
import io.rotordream.memory.api.PoolStats;

/**
 * Owns the three pools. A configuration change replaces only the pools whose shape changed; the
 * old one is retired (it lends nothing more, lent buffers drain back into it) so nothing in
 * flight is pulled from under a consumer.
 */
@Component(configurationPid = PoolsConfig.PID)
@Designate(ocd = PoolsConfig.class)
public final class BufferPoolsComponent implements BufferPools {

    private static final Logger LOG = LoggerFactory.getLogger(BufferPoolsComponent.class);
    private static final long MIB = 1024 * 1024;
    private final Map<String, FixedBufferPool> pools = new ConcurrentHashMap<>();

    @Activate
    public BufferPoolsComponent(PoolsConfig config) {
        modified(config);
    }

    @Modified
    synchronized void modified(PoolsConfig c) {
        replace(FRAME, c.frame__buffer__count(), (int) (c.frame__buffer__size__mb() * MIB),
                c.frame__buffer__alignment(), c.frame__buffer__location());
        replace(ENCODING, c.encoding__buffer__count(), (int) (c.encoding__buffer__size__mb() * MIB),
                c.encoding__buffer__alignment(), c.encoding__buffer__location());
        replace(NETWORK, c.network__buffer__count(), c.network__buffer__size__kb() * 1024,
                c.network__buffer__alignment(), c.network__buffer__location());
        LOG.info("Memory pools: up to {} MiB of direct memory, each buffer allocated when first needed",
                pools.values().stream().mapToLong(FixedBufferPool::capacityBytes).sum() / MIB);
    }

    private void replace(String name, int count, int size, int alignment, String location) {
        FixedBufferPool old = pools.get(name);
        if (old != null && old.count() == count && old.bufferSize() == size && old.alignment() == alignment) {
            return;
        }
        pools.put(name, new FixedBufferPool(name, count, size, alignment, location));
        if (old != null) {
            old.retire();
        }
    }

    @Deactivate
    void deactivate() {
        pools.values().forEach(FixedBufferPool::retire);
    }

    @Override
    public BufferPool pool(String name) {
        BufferPool p = pools.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no pool " + name + "; pools: " + pools.keySet());
        }
        return p;
    }

    @Override
    public List<PoolStats> stats() {
        return List.of(pools.get(FRAME).stats(), pools.get(ENCODING).stats(), pools.get(NETWORK).stats());
    }

    @Override
    public long reservedBytes() {
        return pools.values().stream().mapToLong(FixedBufferPool::reservedBytes).sum();
    }
}
