package org.perceptra.engine.bench;

import org.nd4j.linalg.factory.Nd4j;

/** The ND4J backend and its thread settings, for a benchmark's header. */
final class EngineInfo {
    private EngineInfo() {
    }

    static String describe() {
        Object blas = Nd4j.getExecutioner().getEnvironmentInformation().get("blas.vendor");
        return Nd4j.getBackend().getClass().getSimpleName() + ", BLAS " + blas + ", "
                + Nd4j.getEnvironment().maxMasterThreads() + " master / " + Nd4j.getEnvironment().maxThreads()
                + " threads";
    }
}
