package io.rotordream.platform.weaving.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

import io.rotordream.platform.weaving.internal.ProcessorUse.ExtenderRequirement;

public class ProcessorUseTest {

    private static final String PROCESSOR = "(osgi.extender=osgi.serviceloader.processor)";
    private static final String VERSIONED = "(&(osgi.extender=osgi.serviceloader.processor)(version>=1.0.0)(!(version>=2.0.0)))";
    private static final String REGISTRAR = "(osgi.extender=osgi.serviceloader.registrar)";

    @Test
    public void jettyAsksOptionallyAndIsLeftAlone() {
        assertEquals(ProcessorUse.OPTIONAL, ProcessorUse.of(false, false, List.of(
                new ExtenderRequirement(REGISTRAR, true), new ExtenderRequirement(PROCESSOR, true))));
    }

    @Test
    public void slf4jRequiresItAndIsWoven() {
        assertEquals(ProcessorUse.REQUIRED, ProcessorUse.of(false, false, List.of(new ExtenderRequirement(VERSIONED, false))));
    }

    @Test
    public void aMandatoryRequirementWinsOverAnOptionalOne() {
        assertEquals(ProcessorUse.REQUIRED, ProcessorUse.of(false, false, List.of(
                new ExtenderRequirement(PROCESSOR, true), new ExtenderRequirement(VERSIONED, false))));
    }

    @Test
    public void aConsumerHeaderIsAnExplicitRequestToWeave() {
        assertEquals(ProcessorUse.REQUIRED, ProcessorUse.of(false, true, List.of(new ExtenderRequirement(PROCESSOR, true))));
    }

    @Test
    public void theWeaverAndUnrelatedBundles() {
        assertEquals(ProcessorUse.PROCESSOR, ProcessorUse.of(true, false, List.of()));
        assertEquals(ProcessorUse.NONE, ProcessorUse.of(false, false, List.of(new ExtenderRequirement(REGISTRAR, true))));
        assertEquals(ProcessorUse.NONE, ProcessorUse.of(false, false, List.of(new ExtenderRequirement(null, false))));
    }

    @Test
    public void theProcessorSeesWhatItWeavesAndWhatProvidesThroughIt() {
        assertEquals(true, ProcessorUse.PROCESSOR.seenByProcessor(false));
        assertEquals(true, ProcessorUse.REQUIRED.seenByProcessor(false));
        // slf4j-simple, woodstox, the JAX-RS whiteboard: providers that mention only the registrar
        assertEquals(true, ProcessorUse.NONE.seenByProcessor(true));
    }

    @Test
    public void theProcessorDoesNotSeeTheRest() {
        assertEquals(false, ProcessorUse.NONE.seenByProcessor(false));
        // Jetty provides a header encoder, but works without the processor and is never woven
        assertEquals(false, ProcessorUse.OPTIONAL.seenByProcessor(true));
        assertEquals(false, ProcessorUse.OPTIONAL.seenByProcessor(false));
    }
}
