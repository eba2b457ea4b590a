package io.taxstream.processors.types;

import io.taxstream.processors.layout.Line;
import io.taxstream.processors.layout.Segment;
import io.taxstream.processors.model.Word;
import io.taxstream.processors.normalize.Normalizers;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The issuer's name printed as a title at the top of the first page, without a label. */
final class Titles {

    /**
     * A title candidate.
     *
     * @param value the name, normalised
     * @param page  its page
     */
    record Title(String value, int page) {
    }

    private static final Pattern ORGANISATION = Pattern.compile("(?i)\\b(limited|ltd\\.?|pvt\\.?|private|llp|inc\\.?"
            + "|corporation|corp\\.?|industries|technologies|services|solutions|systems|bank|company|co\\.|enterprises"
            + "|group|consultancy|software|infotech|pharma\\w*|motors|associates|foundation|trust|school|university"
            + "|college|hospital|insurance|finance|securities|capital|mutual fund|amc|post office)\\b");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)pay ?slip|salary|statement|\\breport\\b|\\bsummary\\b|capital gains?|\\bmonth\\b|period|\\bform\\b"
            + "|certificate|\\bpage\\b|confidential|receipt|:|\\bfor the\\b|^\\W*$|@|www\\.|https?:|\\btel\\b|phone|e-?mail");
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\d{6}|\\broad\\b|\\bstreet\\b|\\bnagar\\b|\\bfloor\\b|\\bmarg\\b");

    private Titles() {
    }

    /** Whether a phrase carries an organisation's word ("Limited", "Bank", "Trust" ...). */
    static boolean isOrganisation(String text) {
        return ORGANISATION.matcher(text).find();
    }

    /** The most prominent phrase among the first lines of page 1 that reads like an organisation's name. */
    static Optional<Title> organisation(List<Line> lines) {
        return organisation(lines, false);
    }

    /**
     * @param suffixRequired only a phrase with an organisation's word ("Limited", "LLP", "Bank" ...)
     *                       qualifies: for documents whose top lines are usually form titles
     */
    static Optional<Title> organisation(List<Line> lines, boolean suffixRequired) {
        Segment best = null;
        double bestScore = 0;
        for (int i = 0; i < Math.min(8, lines.size()); i++) {
            Line line = lines.get(i);
            if (line.page() != lines.get(0).page()) {
                break;
            }
            for (Segment segment : line.segments()) {
                String text = segment.text();
                boolean organisation = ORGANISATION.matcher(text).find();
                if (text.length() < 3 || NOT_A_NAME.matcher(text).find() || ADDRESS.matcher(text).find()
                        || suffixRequired && !organisation) {
                    continue;
                }
                double score = maxFont(segment.words()) + (organisation ? 8 : 0) - i * 0.5;
                if (score > bestScore) {
                    best = segment;
                    bestScore = score;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int page = best.page();
        return Normalizers.name(best.text()).map(v -> new Title(v, page));
    }

    private static float maxFont(List<Word> words) {
        float max = 0;
        for (Word w : words) {
            max = Math.max(max, w.fontSize() > 0 ? w.fontSize() : w.height());
        }
        return max;
    }
}
