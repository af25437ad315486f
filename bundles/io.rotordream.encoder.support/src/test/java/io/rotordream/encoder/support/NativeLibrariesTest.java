package io.rotordream.encoder.support;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class NativeLibrariesTest {

    @Test
    public void linkerMessageIsTheDlerrorLine() {
        assertEquals("libx.so: cannot open shared object file", NativeLibraries.linkerMessage(
                "Unable to load library 'libx.so':\nlibx.so: cannot open shared object file\nNative library not found"));
        assertEquals("plain", NativeLibraries.linkerMessage("plain"));
        assertEquals("no reason given", NativeLibraries.linkerMessage(null));
    }

    @Test
    public void theLibraryNameIsLeftOutWhereTheSentenceNamesIt() {
        assertEquals("cannot open shared object file", NativeLibraries.linkerMessage("libx.so",
                "Unable to load library 'libx.so':\nlibx.so: cannot open shared object file\nNative library not found"));
        assertEquals("libc.so.6: wrong ELF class", NativeLibraries.linkerMessage("libx.so",
                "Unable to load library 'libx.so':\nlibc.so.6: wrong ELF class"));
    }

    @Test
    public void firstLine() {
        assertEquals("Error looking up function 'x': undefined symbol",
                NativeLibraries.firstLine("Error looking up function 'x': undefined symbol\n\tat ..."));
        assertEquals("one", NativeLibraries.firstLine("one"));
        assertEquals("", NativeLibraries.firstLine(null));
    }
}
