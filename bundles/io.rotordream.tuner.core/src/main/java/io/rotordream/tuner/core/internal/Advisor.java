package io.rotordream.tuner.core.internal;

import java.util.List;

import io.rotordream.tuner.api.dto.AdviceDTO;
import io.rotordream.tuner.api.dto.RecommendationDTO;

/** Recommendations from this machine's facts, each with the fact it follows from. */
final class Advisor {

    private Advisor() {
    }

    static AdviceDTO advise(MachineFacts f) {
        AdviceDTO a = new AdviceDTO();
        a.facts.putAll(f.asMap());
        cpu(f, a);
        memory(f, a);
        storage(f, a);
        network(f, a);
        double perCpu = f.cpus > 0 && f.load1 >= 0 ? f.load1 / f.cpus : 0;
        if (perCpu > 0.7) {
            a.suggestedProfile = "high_performance";
        } else if (f.cpus > 0 && f.cpus <= 2) {
            a.suggestedProfile = "low_latency";
        } else {
            a.suggestedProfile = "balanced";
        }
        return a;
    }

    private static void cpu(MachineFacts f, AdviceDTO a) {
        if (!f.cpufreq) {
            RecommendationDTO r = new RecommendationDTO("cpu", "governor", null,
                    "no cpufreq (/sys/devices/system/cpu/cpu0/cpufreq is absent): the hypervisor or firmware "
                            + "sets the frequency, no governor can be chosen here");
            r.applicable = false;
            a.recommendations.add(r);
        } else if (f.governors.contains("performance")) {
            a.recommendations.add(new RecommendationDTO("cpu", "governor", "performance",
                    "governors " + f.governors + " offer performance: a fixed top frequency keeps encode time "
                            + "per frame steady; use powersave or schedutil on battery"));
        } else if (!f.governors.isEmpty()) {
            a.recommendations.add(new RecommendationDTO("cpu", "governor", f.governors.get(0),
                    "performance is not among the governors " + f.governors));
        }
        if (f.cpus >= 2) {
            a.recommendations.add(new RecommendationDTO("scheduler", "thread_affinity", "split",
                    f.cpus + " CPUs: capture on the first half, encode on the second, so a saturated encoder "
                            + "never delays capture"));
            a.recommendations.add(new RecommendationDTO("video", "encoder_threads", Math.max(1, f.cpus - 1),
                    f.cpus + " CPUs: one left for capture and the network"));
        } else if (f.cpus == 1) {
            a.recommendations.add(new RecommendationDTO("scheduler", "thread_affinity", "none",
                    "one CPU: nothing to separate"));
        }
        a.recommendations.add(new RecommendationDTO("scheduler", "capture_nice", -10,
                "the capture thread must meet every frame's deadline; nice -10 puts it ahead of bulk work"));
        if (f.load1 >= 0 && f.cpus > 0) {
            double perCpu = f.load1 / f.cpus;
            a.recommendations.add(new RecommendationDTO("video", "encoding_preset", perCpu > 0.7 ? "ultrafast" : "veryfast",
                    String.format("load %.2f on %d CPUs (%.0f%% per CPU)%s", f.load1, f.cpus, perCpu * 100,
                            perCpu > 0.7 ? ": the encoder needs the cheapest preset" : ": room for veryfast")));
        }
    }

    private static void memory(MachineFacts f, AdviceDTO a) {
        if (f.memoryMb < 0) {
            return;
        }
        boolean small = f.memoryMb < 1024;
        a.recommendations.add(new RecommendationDTO("memory", "swappiness", small ? 30 : 10, f.memoryMb
                + " MiB RAM: " + (small ? "keep some swapping so the pools fit" : "frame pools must stay resident")));
        a.recommendations.add(new RecommendationDTO("memory", "dirty_background_ratio", 5,
                "recordings write steadily: start writeback early instead of in bursts that stall capture"));
        a.recommendations.add(new RecommendationDTO("memory", "dirty_ratio", small ? 10 : 20,
                f.memoryMb + " MiB RAM bounds how much unwritten video may pile up"));
        a.recommendations.add(new RecommendationDTO("memory", "buffer_strategy", small ? "minimal" : "balanced",
                f.memoryMb + " MiB RAM"));
    }

    private static void storage(MachineFacts f, AdviceDTO a) {
        for (MachineFacts.Disk d : f.disks) {
            String sched = pick(d.schedulers(), d.rotational() ? List.of("mq-deadline", "bfq", "deadline")
                    : List.of("none", "mq-deadline", "noop"));
            RecommendationDTO r = new RecommendationDTO("storage", "io_scheduler[" + d.name() + "]", sched,
                    d.name() + " is " + (d.rotational() ? "rotational: deadline ordering bounds seek latency for video writes"
                            : "solid state: no reordering needed") + "; offered " + d.schedulers());
            r.applicable = sched != null;
            a.recommendations.add(r);
            a.recommendations.add(new RecommendationDTO("storage", "read_ahead_kb[" + d.name() + "]",
                    d.rotational() ? 4096 : 256, d.name() + (d.rotational()
                            ? " is rotational: large sequential reads of recordings" : " is solid state: small read-ahead")
                            + "; now " + d.readAheadKb() + " KiB"));
        }
    }

    private static void network(MachineFacts f, AdviceDTO a) {
        for (MachineFacts.Nic n : f.nics) {
            if (n.speedMbit() <= 0) {
                RecommendationDTO r = new RecommendationDTO("network", "qos.link_rate_mbit[" + n.name() + "]", null,
                        n.name() + " reports no link speed (" + n.speedMbit() + "; virtual NICs do not): set the uplink "
                                + "rate by hand for traffic shaping");
                r.applicable = false;
                a.recommendations.add(r);
                continue;
            }
            a.recommendations.add(new RecommendationDTO("network", "qos.link_rate_mbit[" + n.name() + "]", n.speedMbit(),
                    n.name() + " links at " + n.speedMbit() + " Mbit/s"));
            // Bandwidth-delay product of 100 ms at the link speed, between the seed's 256 KiB and 16 MiB.
            long bdp = Math.max(262_144, Math.min(16L << 20, n.speedMbit() * 1_000_000L / 8 / 10));
            a.recommendations.add(new RecommendationDTO("network", "rmem_max", bdp, "bandwidth-delay product of 100 ms at "
                    + n.speedMbit() + " Mbit/s is " + n.speedMbit() * 1_000_000L / 80 + " bytes"));
        }
        if (f.nics.isEmpty()) {
            RecommendationDTO r = new RecommendationDTO("network", "qos", null,
                    "no physical NIC under /sys/class/net: nothing to shape");
            r.applicable = false;
            a.recommendations.add(r);
        }
    }

    private static String pick(List<String> offered, List<String> preference) {
        for (String p : preference) {
            if (offered.contains(p)) {
                return p;
            }
        }
        return null;
    }
}
