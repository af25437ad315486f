/**
 * The system tuner: {@link io.rotordream.tuner.api.Tuner} plugins (cpu, scheduler, vm, disk, net,
 * qos) turn their configuration into {@link io.rotordream.tuner.api.Knob}s; the
 * {@link io.rotordream.tuner.api.TuningService} plans, applies all or nothing, saves originals,
 * verifies and reverts; the {@link io.rotordream.tuner.api.ProfileService} pushes whole profiles
 * across the tuner and the video, memory and streaming configurations.
 */
@Export
@Version("1.0.0")
package io.rotordream.tuner.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
