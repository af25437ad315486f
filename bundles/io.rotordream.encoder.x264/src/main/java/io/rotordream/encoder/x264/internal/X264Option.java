package io.rotordream.encoder.x264.internal;

/** One {@code x264_param_parse} name and value, as the x264 command line spells them. */
record X264Option(String name, String value) {

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
