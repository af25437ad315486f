package io.rotordream.tuner.api.dto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Facts of this machine and the recommendations that follow, each with its reason. */
public final class AdviceDTO {
    public Map<String, Object> facts = new LinkedHashMap<>();
    public List<RecommendationDTO> recommendations = new ArrayList<>();
    /** The shipped profile that fits these facts best. */
    public String suggestedProfile;
}
