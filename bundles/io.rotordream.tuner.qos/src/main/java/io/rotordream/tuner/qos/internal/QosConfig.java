package io.rotordream.tuner.qos.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Traffic shaping after the seed's example: an htb tree whose classes give the video ports 80% of
 * the link (up to all of it), the API 15% (up to 20%) and everything else 5% (up to 10%).
 */
@ObjectClassDefinition(name = "RotorDream tuner: qos", description = "htb classes and u32 filters that put the "
        + "ports the stream servers use ahead of bulk traffic.")
public @interface QosConfig {
    String PID = "rotordream.tuner.qos";

    @AttributeDefinition(description = "Shape the interfaces; off removes the tree (the kernel's default qdisc returns).")
    boolean enabled() default false;

    @AttributeDefinition(required = false, description = "Interfaces to shape; empty: the interface of the default route.")
    String[] interfaces() default {};

    @AttributeDefinition(required = false, description = "Network namespace the interfaces are in (ip netns); empty: the appliance's own.")
    String netns() default "";

    @AttributeDefinition(min = "0", max = "400000", description = "Uplink rate (Mbit/s); 0: the NIC's link speed.")
    int link__rate__mbit() default 0;

    @AttributeDefinition(required = false, min = "1", max = "65535", description = "Video ports besides those the "
            + "running stream servers announce (WebRTC media ports, for instance).")
    int[] video__ports() default {};

    @AttributeDefinition(required = false, min = "1", max = "65535", description = "Control ports besides the HTTP API's.")
    int[] control__ports() default {};

    @AttributeDefinition(min = "1", max = "100")
    int video__rate__percent() default 80;

    @AttributeDefinition(min = "1", max = "100")
    int video__ceil__percent() default 100;

    @AttributeDefinition(min = "1", max = "100")
    int control__rate__percent() default 15;

    @AttributeDefinition(min = "1", max = "100")
    int control__ceil__percent() default 20;

    @AttributeDefinition(min = "1", max = "100")
    int default__rate__percent() default 5;

    @AttributeDefinition(min = "1", max = "100")
    int default__ceil__percent() default 10;
}
