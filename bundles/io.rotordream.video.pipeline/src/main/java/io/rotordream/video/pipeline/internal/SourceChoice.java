package io.rotordream.video.pipeline.internal;

import java.util.Map;

import io.rotordream.video.api.FrameSource;

/** Which registered sensor the pipeline uses: a camera when present, else the synthetic pattern. */
final class SourceChoice {

    private SourceChoice() {
    }

    /**
     * @param wanted "auto", "synthetic" or a device id
     * @param sources by id, with their kind
     * @return the source, or null when the wanted one is not registered
     */
    static FrameSource choose(String wanted, Map<String, FrameSource> sources, Map<String, String> kinds) {
        if (wanted != null && !wanted.isBlank() && !"auto".equals(wanted)) {
            return sources.get(wanted);
        }
        FrameSource camera = sources.entrySet().stream().filter(e -> "v4l2".equals(kinds.get(e.getKey())))
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).findFirst().orElse(null);
        return camera != null ? camera : sources.get("synthetic");
    }
}
