package org.perceptra.model.layers;

import java.util.List;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerInference;
import org.perceptra.model.ParamSpec;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/**
 * A lookup table from token ids to learned vectors: [t] ids -> [t, d]. A lookup multiplies nothing, so its
 * multiply-adds are 0 (as thop and fvcore count it).
 */
final class EmbeddingKind extends BaseKind {
    static final String VOCAB_SIZE = "vocabSize";
    static final String EMBEDDING_DIM = "embeddingDim";
    static final String NEEDS_TOKENS = "needs-tokens";

    EmbeddingKind() {
        super("Embedding", "Embedding", LayerFamily.CORE,
                "Turns each token id (a word's number in the vocabulary) into a learned vector of numbers, so that "
                        + "words used alike end up with similar vectors. The input is a list of token ids.",
                "y[i] = E[x[i]], one row of the table per token",
                List.of(ParamSpec.integer(VOCAB_SIZE, "Vocabulary size", 1000, 1, 10_000_000,
                                "How many different tokens there are; ids run from 0 to this minus 1."),
                        ParamSpec.integer(EMBEDDING_DIM, "Embedding size", 32, 1, CommonParams.MAX_UNITS,
                                "How many numbers describe each token."),
                        ParamSpec.choice(CommonParams.WEIGHT_INIT, "Weight init", "glorot_uniform", CommonParams.INITS,
                                "How the vectors start before training.")),
                1, 1);
    }

    @Override
    public LayerInference infer(List<Shape> inputs, Params params) {
        Shape in = inputs.get(0);
        int dim = params.getInt(EMBEDDING_DIM);
        if (!in.isVector()) {
            return LayerInference.failed(NEEDS_TOKENS, "Embedding expects a list of token ids [time steps] but "
                            + "receives " + ExpectedInput.described(in) + ".",
                    "Connect it straight to an Input of shape [time steps] holding token ids; a sequence that "
                            + "already has features can go to the recurrent or attention layer directly.");
        }
        return LayerInference.of(Shape.of(in.dim(0), dim), (long) params.getInt(VOCAB_SIZE) * dim, 0);
    }

    @Override
    public String summary(Params params) {
        return params.getInt(VOCAB_SIZE) + " -> " + params.getInt(EMBEDDING_DIM);
    }
}
