package io.rotordream.platform.impl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The boot's lanes: groups of bundles started on threads of their own beside the framework's
 * start-level thread. A specification lists lanes separated by {@code |}, each a list of bundle
 * symbolic names separated by commas or spaces, {@code *} matching any run of characters, e.g.
 * {@code io.rotordream.video.*, io.rotordream.encoder.* | io.rotordream.tuner.core}.
 */
final class BootLanes {

    private BootLanes() {
    }

    static List<List<Pattern>> parse(String spec) {
        List<List<Pattern>> lanes = new ArrayList<>();
        if (spec == null) {
            return lanes;
        }
        for (String lane : spec.split("\\|")) {
            List<Pattern> members = new ArrayList<>();
            for (String name : lane.trim().split("[,\\s]+")) {
                if (name.isEmpty()) {
                    continue;
                }
                if (!name.matches("[A-Za-z0-9_.*-]+")) {
                    throw new IllegalArgumentException("not a bundle symbolic name or pattern: '" + name + "'");
                }
                members.add(Pattern.compile(Pattern.quote(name).replace("*", "\\E.*\\Q")));
            }
            if (!members.isEmpty()) {
                lanes.add(members);
            }
        }
        return lanes;
    }

    /**
     * The bundles of each lane, in the order given (the framework's start order). A bundle that
     * matches several lanes goes to the first.
     */
    static <B> List<List<B>> plan(List<List<Pattern>> lanes, List<B> bundles, Function<B, String> name) {
        List<List<B>> out = new ArrayList<>();
        lanes.forEach(l -> out.add(new ArrayList<>()));
        for (B b : bundles) {
            String n = name.apply(b);
            for (int i = 0; n != null && i < lanes.size(); i++) {
                if (lanes.get(i).stream().anyMatch(p -> p.matcher(n).matches())) {
                    out.get(i).add(b);
                    break;
                }
            }
        }
        return out;
    }
}
