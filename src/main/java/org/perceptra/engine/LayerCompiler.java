package org.perceptra.engine;

import org.nd4j.autodiff.samediff.SDVariable;

/** Builds the SameDiff ops of one layer kind. One small class per layer family implements these. */
interface LayerCompiler {
    /** The node's output, batch first, shaped {@code [batch, ...build.output()]}. */
    SDVariable build(LayerBuild build);

    /**
     * Whether training and inference compute different things (Dropout, BatchNorm). Only such nodes, and
     * nodes downstream of them, are built twice.
     */
    default boolean modeDependent() {
        return false;
    }

    static LayerCompiler modeDependent(LayerCompiler c) {
        return new LayerCompiler() {
            @Override
            public SDVariable build(LayerBuild build) {
                return c.build(build);
            }

            @Override
            public boolean modeDependent() {
                return true;
            }
        };
    }
}
