package io.rotordream.tuner.net.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** What the net plugin wants of the socket sysctls and the NICs; empty or -1 leaves a setting as it is. */
@ObjectClassDefinition(name = "RotorDream tuner: net", description = "Socket buffers, busy polling, NIC rings, "
        + "offloads, interrupt coalescing and MTU.")
public @interface NetConfig {
    String PID = "rotordream.tuner.net";

    @AttributeDefinition(min = "-1", max = "2147483647", description = "net.core.rmem_max (bytes); -1 leaves it.")
    int rmem__max() default -1;

    @AttributeDefinition(min = "-1", max = "2147483647", description = "net.core.wmem_max (bytes); -1 leaves it.")
    int wmem__max() default -1;

    @AttributeDefinition(required = false, description = "net.ipv4.tcp_rmem: min default max (bytes); empty leaves it.")
    String tcp__rmem() default "";

    @AttributeDefinition(required = false, description = "net.ipv4.tcp_wmem: min default max (bytes); empty leaves it.")
    String tcp__wmem() default "";

    @AttributeDefinition(min = "-1", max = "2147483647", description = "net.core.netdev_max_backlog; -1 leaves it.")
    int netdev__max__backlog() default -1;

    @AttributeDefinition(min = "-1", max = "1000000", description = "net.core.busy_poll (µs); -1 leaves it.")
    int busy__poll() default -1;

    @AttributeDefinition(min = "-1", max = "1000000", description = "net.core.busy_read (µs); -1 leaves it.")
    int busy__read() default -1;

    @AttributeDefinition(required = false, description = "NICs to tune; empty: the interface of the default route.")
    String[] interfaces() default {};

    @AttributeDefinition(required = false, description = "Network namespace the NICs are in (ip netns); empty: the appliance's own.")
    String netns() default "";

    @AttributeDefinition(required = false, options = { @Option(value = ""), @Option(value = "on"), @Option(value = "off") },
            description = "TSO, GSO and GRO; empty leaves them.")
    String offloads() default "";

    @AttributeDefinition(min = "-1", max = "65536", description = "RX ring size; -1 leaves it.")
    int ring__rx() default -1;

    @AttributeDefinition(min = "-1", max = "65536", description = "TX ring size; -1 leaves it.")
    int ring__tx() default -1;

    @AttributeDefinition(min = "-1", max = "100000", description = "RX interrupt coalescing (µs); -1 leaves it.")
    int rx__usecs() default -1;

    @AttributeDefinition(min = "-1", max = "100000", description = "TX interrupt coalescing (µs); -1 leaves it.")
    int tx__usecs() default -1;

    @AttributeDefinition(min = "-1", max = "65536", description = "MTU; -1 leaves it.")
    int mtu() default -1;
}
