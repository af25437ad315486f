package io.rotordream.tuner.api.dto;

/** One recommended setting: where it goes, the value, why. */
public final class RecommendationDTO {
    /** cpu, scheduler, memory, storage, network. */
    public String area;
    public String setting;
    public Object value;
    public String reason;
    /** Whether the machine can take it at all (false: no cpufreq, no such knob), with the reason. */
    public boolean applicable = true;

    public RecommendationDTO() {
    }

    public RecommendationDTO(String area, String setting, Object value, String reason) {
        this.area = area;
        this.setting = setting;
        this.value = value;
        this.reason = reason;
    }
}
