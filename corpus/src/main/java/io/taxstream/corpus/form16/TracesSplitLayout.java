package io.taxstream.corpus.form16;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.PdfWriter;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.util.List;

/**
 * Form 16 as two files, as TRACES and employers usually issue it: a Part A PDF (no salary figures)
 * and a Part B PDF with its own parties block (no total TDS).
 */
public final class TracesSplitLayout implements Layout {

    @Override
    public String docType() {
        return "FORM_16";
    }

    @Override
    public String name() {
        return "form16-traces-split";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        Form16Data d = Form16Factory.random(rng);
        DocStyle st = DocStyle.random(rng, 7.5f, 9f);
        Canvas a = Canvas.a4();
        a.newPage();
        Chrome.pageNumbers(a, st.small(), "Certificate Number: " + d.certificate(), true);
        Truth ta = new Truth("FORM_16");
        new PartADrawer(d, st, -1, -1).draw(new Flow(a, 36, 40), ta);
        byte[] partA = PdfWriter.save(a, new PdfWriter.Meta("TRACES", d.lastUpdated(), rng.nextLong()));

        DocStyle stB = rng.chance(0.5) ? st : DocStyle.random(rng, 8f, 9.5f);
        Canvas b = Canvas.a4();
        b.newPage();
        Chrome.pageNumbers(b, stB.small(), d.employer().name(), rng.chance(0.5));
        Truth tb = new Truth("FORM_16");
        new PartBDrawer(d, stB, true).draw(new Flow(b, 36, 40), tb);
        byte[] partB = PdfWriter.save(b, new PdfWriter.Meta(rng.pickOf("SAP NetWeaver", "Microsoft Reporting Services",
                "greytHR"), d.issued(), rng.nextLong()));
        return List.of(Rendered.pdf(partA, ta.build()), Rendered.pdf(partB, tb.build()));
    }
}
