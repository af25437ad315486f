package io.rotordream.encoder.openh264.internal;

import static org.junit.Assume.assumeTrue;

import java.nio.file.Paths;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.rotordream.encoder.testkit.LayoutProgram;

/** Compiles openh264_layout.c against the installed OpenH264 headers and checks every constant of {@link OpenH264Layout}. */
public class OpenH264LayoutTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void javaOffsetsMatchTheHeader() throws Exception {
        assumeTrue("gcc or OpenH264 headers not installed",
                LayoutProgram.canCompile(Paths.get("/usr/include/wels/codec_api.h")));
        LayoutProgram.assertSameLayout("openh264_layout.c", LayoutProgram.constants(OpenH264Layout.class),
                LayoutProgram.run(getClass(), "/openh264_layout.c", folder.getRoot().toPath()));
    }
}
