/**
 * What a bundle needs to add resources to the one JAX-RS application {@code rotordream} at
 * {@code /api}: the resource property type, role names, the error type and its one JSON body.
 */
@Export
@Version("1.0.0")
package io.rotordream.rest.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
