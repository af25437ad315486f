package io.rotordream.video.pipeline.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** One of the seed's encoding profiles, a factory configuration rotordream.camera.encoding.profile~NAME. */
@ObjectClassDefinition(name = "RotorDream encoding profile",
        description = "Encoder settings that an encoding_profile name applies over the encoding configuration.")
public @interface EncodingProfileConfig {
    String FACTORY_PID = "rotordream.camera.encoding.profile";

    String preset() default "veryfast";

    String tune() default "";

    @AttributeDefinition(min = "1", max = "600")
    int keyframe__interval() default 30;

    @AttributeDefinition(min = "0", max = "16")
    int b__frames() default 0;

    @AttributeDefinition(min = "1", max = "16")
    int reference__frames() default 1;

    @AttributeDefinition(min = "0", max = "64")
    int threads() default 0;

    boolean hardware__acceleration() default false;
}
