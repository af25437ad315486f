package io.rotordream.webrtc.server.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.rotordream.webrtc.api.IceServer;
import io.rotordream.webrtc.server.internal.session.SessionSettings;
import io.rotordream.webrtc.server.internal.srtp.SrtpProfile;

/** {@link WebRtcConfig} to {@link Settings}; the validator has already refused impossible values. */
final class SettingsMapper {

    private SettingsMapper() {
    }

    /** The metatype gives an empty list as one empty string. */
    static List<String> nonBlank(String[] values) {
        return java.util.Arrays.stream(values).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    static Settings from(WebRtcConfig c) throws IOException {
        List<IceServer> ice = new ArrayList<>();
        for (String url : c.ice__servers()) {
            if (url.isBlank()) {
                continue;
            }
            boolean turn = url.startsWith("turn:") || url.startsWith("turns:");
            ice.add(new IceServer(url.trim(), turn && !c.turn__username().isEmpty() ? c.turn__username() : null,
                    turn && !c.turn__credential().isEmpty() ? c.turn__credential() : null));
        }
        List<SrtpProfile> profiles = new ArrayList<>();
        for (String p : c.srtp__profiles()) {
            SrtpProfile x = SrtpProfile.byName(p);
            if (x != null && !profiles.contains(x)) {
                profiles.add(x);
            }
        }
        if (profiles.isEmpty()) {
            profiles.add(SrtpProfile.AES_CM_128_HMAC_SHA1_80);
        }
        SessionSettings session = new SessionSettings(c.connect__timeout__s() * 1_000_000_000L,
                c.consent__timeout__s() * 1_000_000_000L, 10_000_000_000L, c.history__packets(),
                c.test__drop__percent() / 100.0, c.keyframe__min__interval__ms() * 1_000_000L, c.mtu());
        return new Settings(c.max__sessions(), c.udp__port__min(), c.udp__port__max(),
                Sockets.candidateAddresses(nonBlank(c.ice__addresses()), nonBlank(c.ice__interfaces()),
                        c.public__address()),
                c.video__codec().toLowerCase(Locale.ROOT), c.bandwidth__kbps(), c.adaptive__bitrate(), List.copyOf(ice),
                List.copyOf(profiles), session);
    }
}
