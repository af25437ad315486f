package io.rotordream.encoder.x265.internal;

import static org.junit.Assume.assumeTrue;

import java.nio.file.Paths;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.rotordream.encoder.testkit.LayoutProgram;

/** Compiles x265_layout.c against the installed x265.h and checks every constant of {@link X265Layout}. */
public class X265LayoutTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void javaOffsetsMatchTheHeader() throws Exception {
        assumeTrue("gcc or x265.h not installed", LayoutProgram.canCompile(Paths.get("/usr/include/x265.h")));
        LayoutProgram.assertSameLayout("x265_layout.c", LayoutProgram.constants(X265Layout.class),
                LayoutProgram.run(getClass(), "/x265_layout.c", folder.getRoot().toPath()));
    }
}
