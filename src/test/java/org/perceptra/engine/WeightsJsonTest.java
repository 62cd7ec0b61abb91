package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.FeatureScaler;
import org.perceptra.data.TargetScaler;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.Shape;
import org.perceptra.model.TrainingSettings;

class WeightsJsonTest {
    private static final NetworkGraph NET = TestNet.input(3).dense(4, "relu").output(2, "softmax",
            "categorical_crossentropy").graph();
    private static final float[] X = {0.1f, -0.4f, 2f, 1f, 0f, -1f};

    @Test
    void storedWeightsGiveAnotherNetworkTheSamePredictionsExactly() {
        CompiledNetwork trained = GraphCompiler.compile(NET, TrainingSettings.defaults().withSeed(1));
        CompiledNetwork fresh = GraphCompiler.compile(NET, TrainingSettings.defaults().withSeed(2));
        assertThat(fresh.predict(X, 2)).isNotEqualTo(trained.predict(X, 2));

        WeightsJson.load(WeightsJson.write(trained), fresh);

        assertThat(fresh.predict(X, 2)).containsExactly(trained.predict(X, 2));
        trained.parameters().forEach((name, v) -> assertThat(fresh.parameters().get(name)).containsExactly(v));
    }

    @Test
    void theScalersTravelWithTheWeightsExactly() {
        CompiledNetwork net = GraphCompiler.compile(NET, TrainingSettings.defaults());
        Scalers scalers = new Scalers(new FeatureScaler(DatasetSpec.Normalization.ZSCORE, Shape.of(3),
                new float[] {0.1f, -2.5f, 1e-7f}, new float[] {1.3f, 0.333f, 7f}),
                new TargetScaler(new float[] {152.13f}, new float[] {77.093f}));

        String json = WeightsJson.write(net, scalers);

        assertThat(WeightsJson.scalers(json)).hasValue(scalers);
        WeightsJson.load(json, net); // the tensors read as before
    }

    @Test
    void classificationScalersHaveNoTargetsAndOlderWeightsNoScalers() {
        CompiledNetwork net = GraphCompiler.compile(NET, TrainingSettings.defaults());
        Scalers features = new Scalers(FeatureScaler.identity(Shape.of(3)), null);

        assertThat(WeightsJson.scalers(WeightsJson.write(net, features))).hasValue(features);
        assertThat(WeightsJson.scalers(WeightsJson.write(net))).isEmpty();
    }

    @Test
    void damagedScalersAreRefusedSayingWhat() {
        CompiledNetwork net = GraphCompiler.compile(NET, TrainingSettings.defaults());
        String good = WeightsJson.write(net, new Scalers(FeatureScaler.identity(Shape.of(3)), null));

        assertThatThrownBy(() -> WeightsJson.scalers(good.replace("\"none\"", "\"cubic\"")))
                .hasMessageContaining("'cubic' is unknown");
        assertThatThrownBy(() -> WeightsJson.scalers(good.replace("\"centre\":[0.0,", "\"centre\":[\"a\",")))
                .hasMessageContaining("damaged", "not a number");
        assertThatThrownBy(() -> WeightsJson.scalers(good.replace("\"shape\":[3]", "\"shape\":[4]")))
                .hasMessageContaining("damaged");
    }

    @Test
    void weightsOfAnotherNetworkAreRefusedWithTheTensorsName() {
        CompiledNetwork wider = GraphCompiler.compile(TestNet.input(3).dense(5, "relu").output(2, "softmax",
                "categorical_crossentropy").graph(), TrainingSettings.defaults());
        CompiledNetwork net = GraphCompiler.compile(NET, TrainingSettings.defaults());
        String json = WeightsJson.write(wider);

        assertThatThrownBy(() -> WeightsJson.load(json, net)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dense_1/W").hasMessageContaining("15 values").hasMessageContaining("has 12");
    }

    @Test
    void damagedOrForeignTextIsRefusedInWords() {
        CompiledNetwork net = GraphCompiler.compile(NET, TrainingSettings.defaults());
        assertThatThrownBy(() -> WeightsJson.load("{not json", net)).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> WeightsJson.load("[1, 2]", net)).hasMessageContaining("format");
        assertThatThrownBy(() -> WeightsJson.load("{\"format\": 1, \"encoding\": \"base64-float32-le\", "
                + "\"tensors\": []}", net)).hasMessageContaining("lack the tensor");
        String good = WeightsJson.write(net);
        String broken = good.replaceFirst("\"values\":\"[^\"]{4}", "\"values\":\"!!!!");
        assertThatThrownBy(() -> WeightsJson.load(broken, net)).hasMessageContaining("damaged");
    }
}
