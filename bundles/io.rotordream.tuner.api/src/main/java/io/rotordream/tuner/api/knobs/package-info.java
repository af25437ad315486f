/**
 * Building blocks for tuner plugins: a knob backed by a file under /proc/sys or /sys, value
 * checkers, the mapping of kernel and tool errors to {@link io.rotordream.tuner.api.KnobException}s,
 * and a runner for the tools (ethtool, ip, tc, mount) that can run them inside a network namespace.
 */
@Export
@Version("1.0.0")
package io.rotordream.tuner.api.knobs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
