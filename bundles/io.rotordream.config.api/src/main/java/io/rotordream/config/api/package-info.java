/**
 * Validated configuration: every write to a {@code rotordream.*} PID, whether from the REST API, a
 * file drop or the Web Console, is checked against the component's metatype and the validators
 * registered for it; a rejected write names the key and leaves the running configuration as it was.
 */
@Export
@Version("1.0.0")
package io.rotordream.config.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
