package io.taxstream.processors.dev;

import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.corpus.CorpusGenerator;
import io.taxstream.corpus.CorpusSpec;
import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.processors.classify.Classification;
import io.taxstream.processors.eval.Evaluation;
import io.taxstream.processors.eval.Truth;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.Loaders;
import io.taxstream.processors.model.Document;
import io.taxstream.processors.pipeline.DocumentMeta;
import io.taxstream.processors.pipeline.ResultAssembler;
import io.taxstream.processors.rules.DescribedExtractor;
import io.taxstream.processors.types.DocumentTypes;
import io.taxstream.processors.validate.ContractValidator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Development harness: extraction quality on generated documents, with the true type given. */
public final class DevEval {

    public static void main(String[] args) throws Exception {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        int per = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<CorpusSpec.Kind> kinds = args.length > 2 ? List.of(CorpusSpec.Kind.valueOf(args[2])) : List.of(CorpusSpec.Kind.FORM_16, CorpusSpec.Kind.PAYSLIP);
        List<GeneratedDocument> docs = new CorpusGenerator().generate(new CorpusSpec(seed, per, kinds, java.util.Set.of()));
        Evaluation eval = new Evaluation();
        ResultAssembler assembler = new ResultAssembler(0.6, "dev");
        ObjectMapper json = new ObjectMapper();
        for (GeneratedDocument g : docs) {
            Truth truth = Truth.of(json.valueToTree(g.truth()));
            Document d = Loaders.standard().load(new DocumentInput(g.content(), g.contentType(), g.password(), g.hints()));
            DocType type = truth.type();
            if (type == DocType.UNKNOWN) {
                continue;
            }
            Extraction x = new DescribedExtractor(DocumentTypes.of(type)).extract(d);
            Classification c = new Classification(type, 1.0, "truth");
            ExtractionResult r = assembler.assemble(new DocumentMeta(g.fileName(), g.fileName(), "", Instant.now(), Map.of()), c,
                    d.pageCount(), x, new ContractValidator().validate(type, x));
            eval.add(g.fileName() + "[" + g.layout() + "]", truth, r);
            if (System.getProperty("verbose") != null && !r.getReason().isEmpty()) {
                System.out.println(g.fileName() + " " + r.getStatus() + " " + r.getReason());
            }
        }
        eval.details().forEach(System.out::println);
        System.out.print(eval.table());
    }
}
