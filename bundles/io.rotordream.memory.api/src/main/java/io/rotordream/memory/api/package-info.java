/** Preallocated, aligned direct buffers shared by capture, encoding and the network senders. */
@Export
@Version("1.0.0")
package io.rotordream.memory.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
