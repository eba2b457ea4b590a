package io.taxstream.corpus.form16;

import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.Flow;

/** The statutory title block of Form 16 pages. */
final class Form16Headings {

    static final String CERTIFICATE = "Certificate under section 203 of the Income-tax Act, 1961 for tax deducted at "
            + "source on salary paid to an employee under section 192 or pension/interest income of specified senior "
            + "citizen under section 194P";

    private Form16Headings() {
    }

    static void title(Flow flow, DocStyle st, String part) {
        Canvas c = flow.canvas();
        float mid = c.width() / 2;
        float y = flow.y();
        c.center(mid, y + 14, "FORM NO. 16", st.bold().size(14));
        c.center(mid, y + 27, "[See rule 31(1)(a)]", st.ink());
        c.center(mid, y + 41, part, st.bold().plus(1));
        float below = Chrome.paragraph(c, 50, y + 56, c.width() - 100, CERTIFICATE, st.small());
        flow.moveTo(below + 4);
    }
}
