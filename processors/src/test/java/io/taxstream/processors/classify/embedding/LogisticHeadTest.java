package io.taxstream.processors.classify.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticHeadTest {

    private static float[] v(float... xs) {
        return Vectors.normalized(xs);
    }

    @Test
    void shouldSeparateClassesAlongTheDirectionThatTellsThemApart() {
        List<float[]> vectors = List.of(v(1, 0.9f, 0), v(1, 0.8f, 0.1f), v(1, -0.9f, 0), v(1, -0.8f, 0.1f));
        List<DocType> labels = List.of(DocType.PAYSLIP, DocType.PAYSLIP, DocType.FORM_16, DocType.FORM_16);

        LogisticHead head = LogisticHead.train(vectors, labels);
        double[] p = head.predict(v(1, 0.5f, 0.05f));

        int payslip = List.of(head.classes()).indexOf(DocType.PAYSLIP);
        assertThat(p[payslip]).isGreaterThan(0.5);
        assertThat(p[0] + p[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void shouldTrainTheSameHeadFromTheSameExamples() {
        List<float[]> vectors = List.of(v(1, 0, 0), v(0, 1, 0), v(0, 0, 1));
        List<DocType> labels = List.of(DocType.PAYSLIP, DocType.FORM_16, DocType.UNKNOWN);

        assertThat(LogisticHead.train(vectors, labels).predict(v(1, 1, 0)))
                .containsExactly(LogisticHead.train(vectors, labels).predict(v(1, 1, 0)));
    }
}
