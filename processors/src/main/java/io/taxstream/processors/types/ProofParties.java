package io.taxstream.processors.types;

import io.taxstream.processors.extract.ExtractedField;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.normalize.Normalizers;
import io.taxstream.processors.rules.Draft;
import io.taxstream.processors.normalize.Patterns;
import io.taxstream.processors.rules.Prose;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two parties of a proof. The issuer is the organisation in the letterhead (or the one a
 * statement names as its record keeper), and for a rent receipt the landlord who signs it; the
 * holder is the one labelled so, else the person a letter addresses by salutation, and for a rent
 * receipt the tenant it was received from. A PAN printed with the issuer's name is the issuer's,
 * not the holder's.
 */
final class ProofParties {

    private static final Pattern SIGNER = Pattern.compile("(?i)landlord|house ?owner|\\bowner\\b|lessor");
    /** "Landlord: Sanjay Sawant": the signer's role labels the name on its own line (a PAN or a signature line is no name). */
    private static final Pattern SIGNER_NAMED = Pattern.compile("(?i)(?:landlord|house ?owner|\\bowner\\b|lessor)'?s?(?: name)?\\s*[:-]\\s*"
            + "(\\p{Lu}[\\p{L}.' ]{2,60})$");
    private static final Pattern NAME_LABEL = Pattern.compile("(?i)^\\s*(name|नाम)\\s*[:.-]\\s*(.+)$");
    private static final Pattern PAYER = Pattern.compile("(?i)received( with thanks)? from\\s+(.{3,80})");
    private static final Pattern SIGN_OFF = Pattern.compile("^\\s*(?:For|for)\\s+(\\p{Lu}.{3,80})$");

    private ProofParties() {
    }

    static void issuer(Draft draft, boolean rent) {
        if (rent) {
            signer(draft.layout().lines()).ifPresent(n -> draft.put("issuer_name", n, 0.8, 1, null));
            return;
        }
        if (draft.has("issuer_name")) {
            return;
        }
        Optional<String> title = Letterheads.title(draft.layout().lines());
        Optional<String> name = title.isPresent() ? title : signOff(draft.layout().lines());
        name.map(Organisations::withCountry).ifPresent(n -> draft.put("issuer_name", n, 0.8, 1, null));
    }

    static void holder(Draft draft, Prose prose, boolean rent) {
        if (rent) {
            Matcher m = PAYER.matcher(prose.text());
            Optional<String> tenant = m.find() ? People.afterSalutation(m.group()) : Optional.empty();
            if (tenant.isPresent()) {
                draft.put("holder_name", tenant.get(), 0.8, 1, null);
            } else {
                draft.remove("holder_name");
            }
        } else if (draft.has("holder_name")) {
            ExtractedField f = draft.field("holder_name");
            draft.put("holder_name", People.withoutSalutation(f.value()), f.confidence(), f.page(), f.box());
        } else {
            // "received with thanks from" names the payer; a salutation anywhere else may open a trust's name ("Sri ...")
            Matcher m = PAYER.matcher(prose.text());
            Optional<String> named = m.find() ? People.leading(m.group(2)) : Optional.empty();
            if (named.isEmpty()) {
                named = People.afterSalutation(prose.text());
            }
            named.ifPresent(n -> draft.put("holder_name", n, 0.8, 1, null));
        }
        issuersPan(draft);
        organisationIsNoHolder(draft);
        pansBesideHolder(draft, prose);
    }

    /** "received from ASHA RAO (PAN: ABCPR1234K)": with no labelled PAN of the holder's, the one printed beside their name. */
    private static void pansBesideHolder(Draft draft, Prose prose) {
        String holder = draft.value("holder_name");
        if (holder == null || draft.has("holder_pan")) {
            return;
        }
        Matcher m = Pattern.compile(Pattern.quote(holder) + "\\W{0,3}\\(?\\s*pan\\s*(?:no\\.?)?\\s*[:.-]?\\s*(" + Patterns.PAN.pattern() + ")",
                Pattern.CASE_INSENSITIVE).matcher(prose.text());
        if (m.find() && "PH".indexOf(m.group(1).charAt(3)) >= 0) {
            draft.put("holder_pan", m.group(1).toUpperCase(java.util.Locale.ROOT), 0.8, 1, null);
        }
    }

    /**
     * The holder of a proof for a deduction is a person (or a Hindu undivided family): a name with an
     * organisation's word ("... Vidya Dana Trust") is the issuer's, and so is a PAN whose fourth
     * letter marks a trust, a company or a firm rather than a person (P) or an HUF (H).
     */
    private static void organisationIsNoHolder(Draft draft) {
        String holder = draft.value("holder_name");
        if (holder != null && Titles.isOrganisation(holder)) {
            draft.remove("holder_name");
        }
        String pan = draft.value("holder_pan");
        if (pan != null && pan.length() == 10 && "PH".indexOf(pan.charAt(3)) < 0) {
            draft.remove("holder_pan");
        }
    }

    /** The name the landlord's role labels, or the name under a landlord's signature ("(Signature of Landlord)" over "Name: ..."). */
    private static Optional<String> signer(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!SIGNER.matcher(lines.get(i).text()).find()) {
                continue;
            }
            Matcher named = SIGNER_NAMED.matcher(lines.get(i).text().strip());
            if (named.find()) {
                return Normalizers.name(People.withoutSalutation(named.group(1)));
            }
            for (int k = i; k <= i + 3 && k < lines.size(); k++) {
                Matcher m = NAME_LABEL.matcher(lines.get(k).text());
                if (m.find()) {
                    return Normalizers.name(People.withoutSalutation(m.group(2)));
                }
            }
        }
        return Optional.empty();
    }

    /** "For Star Health and Allied Insurance Co. Ltd." above a signature. */
    private static Optional<String> signOff(List<Line> lines) {
        for (Line line : lines) {
            Matcher m = SIGN_OFF.matcher(line.text());
            if (m.find()) {
                return Normalizers.name(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** A PAN printed on the issuer's name line or just below it is the issuer's (a landlord's PAN on a rent receipt). */
    private static void issuersPan(Draft draft) {
        ExtractedField pan = draft.field("holder_pan");
        String issuer = draft.value("issuer_name");
        if (pan == null || issuer == null || pan.box() == null) {
            return;
        }
        List<Line> lines = draft.layout().page(pan.page());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.top() <= pan.box().y() + 1 && line.bottom() >= pan.box().y() + 1) {
                for (int k = Math.max(0, i - 2); k <= i; k++) {
                    if (lines.get(k).text().toLowerCase(java.util.Locale.ROOT).contains(issuer.toLowerCase(java.util.Locale.ROOT))) {
                        draft.remove("holder_pan");
                        return;
                    }
                }
            }
        }
    }
}
