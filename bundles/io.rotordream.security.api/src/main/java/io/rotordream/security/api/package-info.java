/** Bearer tokens, roles and the audit log of the appliance's API. */
@Export
@Version("1.0.0")
package io.rotordream.security.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
