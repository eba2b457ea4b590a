package io.taxstream.processors.types;

import io.taxstream.avro.DocType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The registry of document type descriptions: document type → its description, as data. */
public final class DocumentTypes {

    private static final Map<DocType, DocumentType> TYPES = new EnumMap<>(DocType.class);

    static {
        for (DocumentType t : List.of(new Form16Type(), new PayslipType(), new BankStatementType(),
                new InterestCertificateType(), new CapitalGainsType(), new InvestmentProofType(), new UnknownType())) {
            TYPES.put(t.type(), t);
        }
    }

    private DocumentTypes() {
    }

    public static DocumentType of(DocType type) {
        DocumentType t = TYPES.get(type);
        if (t == null) {
            throw new IllegalArgumentException("no description of document type " + type);
        }
        return t;
    }
}
