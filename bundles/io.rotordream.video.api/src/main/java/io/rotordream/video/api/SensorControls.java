package io.rotordream.video.api;

/**
 * The sensor settings the seed names. A field left {@code null} is left as it is. Modes: exposure
 * {@code auto|manual}, gain {@code auto|manual}, white balance {@code auto|manual|daylight|cloudy|tungsten|fluorescent},
 * focus {@code continuous|auto|manual|fixed}.
 */
public final class SensorControls {
    public String exposureMode;
    public Integer exposureTimeUs;
    public String gainMode;
    public Double gainValue;
    public String whiteBalanceMode;
    public String focusMode;

    public SensorControls copy() {
        SensorControls c = new SensorControls();
        c.exposureMode = exposureMode;
        c.exposureTimeUs = exposureTimeUs;
        c.gainMode = gainMode;
        c.gainValue = gainValue;
        c.whiteBalanceMode = whiteBalanceMode;
        c.focusMode = focusMode;
        return c;
    }
}
