package io.rotordream.streaming.adaptive.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The seed's PUT /api/streaming/adaptive. */
@ObjectClassDefinition(name = "RotorDream adaptive bitrate",
        description = "Lowers and raises the encoder bitrate from the receivers' feedback (RTSP and WebRTC).")
public @interface AdaptiveConfig {
    String PID = "rotordream.streaming.adaptive";

    @AttributeDefinition(description = "Off: the encoder keeps its configured bitrate; reports are still shown.")
    boolean enabled() default true;

    @AttributeDefinition(min = "64", max = "100000")
    int min__bitrate__kbps() default 1000;

    @AttributeDefinition(min = "64", max = "100000")
    int max__bitrate__kbps() default 8000;

    @AttributeDefinition(min = "1", max = "100000")
    int step__size__kbps() default 500;

    @AttributeDefinition(min = "200", max = "600000")
    int adjustment__interval__ms() default 5000;

    @AttributeDefinition(min = "0", max = "1", description = "Share of packets that must arrive: below it the bitrate goes down.")
    double quality__threshold() default 0.95;
}
