/** What the tuner reports: plans, results, knob status, advice, profiles. Public fields, JSON in snake_case. */
@Export
@Version("1.0.0")
package io.rotordream.tuner.api.dto;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
