package io.taxstream.corpus.form16;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.PdfWriter;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.util.List;

/**
 * TRACES-style Form 16 with Part A and Part B in one PDF, Part B starting on its own page.
 * Variants: a multi-page Part A whose tables continue with a repeated header, and a dense
 * small-font version with every rule drawn and amounts in {@code Rs.} on as few pages as fit.
 */
public final class TracesCombinedLayout implements Layout {

    /** How the combined form is set. */
    public enum Variant { STANDARD, MULTI_PAGE, DENSE }

    private final Variant variant;

    public TracesCombinedLayout(Variant variant) {
        this.variant = variant;
    }

    @Override
    public String docType() {
        return "FORM_16";
    }

    @Override
    public String name() {
        return "form16-traces-" + variant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public List<Rendered> render(Rng rng) {
        Form16Data d = Form16Factory.random(rng);
        DocStyle st = style(rng);
        Canvas canvas = Canvas.a4();
        canvas.newPage();
        Chrome.pageNumbers(canvas, st.small(), variant == Variant.DENSE ? null : "Certificate Number: "
                + d.certificate() + "   TAN of Employer: " + d.employer().tan() + "   PAN of Employee: "
                + d.employee().pan() + "   Assessment Year: " + d.assessmentYear(), rng.chance(0.7));
        Flow flow = new Flow(canvas, 36, 40);
        Truth truth = new Truth("FORM_16");
        int qBreak = variant == Variant.MULTI_PAGE ? rng.between(1, Math.max(1, d.quarters().size() - 1)) : -1;
        int cBreak = variant == Variant.MULTI_PAGE ? rng.between(2, Math.max(2, d.challans().size() - 2)) : -1;
        new PartADrawer(d, st, qBreak, cBreak).draw(flow, truth);
        if (variant == Variant.DENSE) {
            flow.down(12);
            flow.ensure(200);
        } else {
            flow.breakPage();
        }
        new PartBDrawer(d, st, variant != Variant.DENSE && rng.chance(0.5)).draw(flow, truth);
        byte[] pdf = PdfWriter.save(canvas, new PdfWriter.Meta(variant == Variant.DENSE ? "Crystal Reports"
                : "TRACES", d.issued(), rng.nextLong()));
        return List.of(Rendered.pdf(pdf, truth.build()));
    }

    private DocStyle style(Rng rng) {
        return switch (variant) {
            case STANDARD -> DocStyle.random(rng, 7.5f, 9f);
            case MULTI_PAGE -> DocStyle.random(rng, 9.5f, 10.5f);
            case DENSE -> {
                DocStyle base = DocStyle.random(rng, 6f, 7f).withRules(io.taxstream.corpus.pdf.Table.Rules.GRID);
                yield base.withAmounts(AmountStyle.INDIAN.withPrefix("Rs. "));
            }
        };
    }
}
