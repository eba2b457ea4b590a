package io.taxstream.processors.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces the cap on decoded bytes per page before the page's text is extracted. PDFBox 3 decodes
 * a whole stream into the heap as soon as it is opened, so a zip bomb would be fully inflated
 * before a bounded read of {@code createInputStream()} could stop it. Instead, every stream the
 * text layer of a page will read (content streams, form XObjects and their resources, embedded font
 * programs, ToUnicode maps, Type 3 glyph procedures) is decoded here from its raw bytes, filter by
 * filter, into a sink that fails as soon as the page's budget is spent. Sizes are remembered per
 * document, so a logo form shared by every page is decoded once.
 */
final class ContentBudget {

    private static final int MAX_DEPTH = 12;
    /** Filters that turn bytes into bytes; image codecs never apply to the streams counted here. */
    private static final Set<String> DATA_FILTERS = Set.of("FlateDecode", "Fl", "LZWDecode", "LZW",
            "ASCII85Decode", "A85", "ASCIIHexDecode", "AHx", "RunLengthDecode", "RL");
    private static final List<COSName> FONT_FILES = List.of(COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3);

    private static final Logger log = LoggerFactory.getLogger(ContentBudget.class);

    private final long cap;
    private final Map<COSStream, Long> decodedSizes = new IdentityHashMap<>();
    private Set<COSBase> seen;
    private long spent;

    ContentBudget(long cap) {
        this.cap = cap;
    }

    /**
     * Decodes what the page's text layer will read, within the cap.
     *
     * @return the decoded bytes counted for the page
     * @throws LoadFailure {@link LoadFailure.Reason#TOO_LARGE} when the page decodes to more than the cap
     */
    long check(PDPage page, int number) throws LoadFailure {
        seen = Collections.newSetFromMap(new IdentityHashMap<>());
        spent = 0;
        try {
            visit(page.getCOSObject().getDictionaryObject(COSName.CONTENTS), 0);
            resources(page.getResources().getCOSObject(), 0);
        } catch (Exceeded e) {
            throw new LoadFailure(LoadFailure.Reason.TOO_LARGE,
                    "page " + number + " decodes to more than " + cap + " bytes");
        }
        return spent;
    }

    private void resources(COSDictionary resources, int depth) {
        if (resources == null || depth > MAX_DEPTH || !seen.add(resources)) {
            return;
        }
        COSDictionary xobjects = resources.getCOSDictionary(COSName.XOBJECT);
        if (xobjects != null) {
            for (COSBase value : xobjects.getValues()) {
                if (deref(value) instanceof COSStream form && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
                    visit(form, depth);
                    resources(form.getCOSDictionary(COSName.RESOURCES), depth + 1);
                }
            }
        }
        COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
        if (fonts != null) {
            for (COSBase value : fonts.getValues()) {
                font(deref(value), depth);
            }
        }
    }

    private void font(COSBase base, int depth) {
        if (!(base instanceof COSDictionary font) || depth > MAX_DEPTH || !seen.add(font)) {
            return;
        }
        visit(font.getDictionaryObject(COSName.TO_UNICODE), depth);
        COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
        if (descriptor != null) {
            for (COSName file : FONT_FILES) {
                visit(descriptor.getDictionaryObject(file), depth);
            }
        }
        COSDictionary charProcs = font.getCOSDictionary(COSName.CHAR_PROCS);
        if (charProcs != null) {
            // Type 3 glyph procedures: PDFBox reads them for glyph boxes
            for (COSBase proc : charProcs.getValues()) {
                visit(deref(proc), depth);
            }
        }
        COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
        if (descendants != null) {
            for (int i = 0; i < descendants.size(); i++) {
                font(descendants.getObject(i), depth + 1);
            }
        }
    }

    /** Counts a stream, or each stream of an array of them (a page's /Contents). */
    private void visit(COSBase base, int depth) {
        if (base instanceof COSArray array && depth <= MAX_DEPTH) {
            for (int i = 0; i < array.size(); i++) {
                visit(array.getObject(i), depth + 1);
            }
        } else if (base instanceof COSStream stream && seen.add(stream)) {
            Long known = decodedSizes.get(stream);
            long size = known != null ? known : decodedSize(stream, cap - spent);
            decodedSizes.put(stream, size);
            spend(size);
        }
    }

    private void spend(long bytes) {
        spent += bytes;
        if (spent > cap) {
            throw new Exceeded();
        }
    }

    private static long decodedSize(COSStream stream, long limit) {
        List<String> filters = filterNames(stream.getFilters());
        if (filters.isEmpty() || !DATA_FILTERS.containsAll(filters)) {
            return stream.getLength();
        }
        byte[] input = null;
        for (int i = 0; i < filters.size(); i++) {
            boolean last = i == filters.size() - 1;
            BoundedSink sink = new BoundedSink(limit, !last);
            try (InputStream in = input == null ? stream.createRawInputStream() : new ByteArrayInputStream(input)) {
                FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, sink, stream, i);
            } catch (IOException damaged) {
                // PDFBox reads what it can of a damaged stream; count what decodes, as it will
                log.debug("damaged stream, counted {} decoded bytes", sink.count());
            }
            sink.checkWithin();
            if (last) {
                return sink.count();
            }
            input = sink.kept();
        }
        return 0;
    }

    private static List<String> filterNames(COSBase filters) {
        if (filters instanceof COSName name) {
            return List.of(name.getName());
        }
        if (filters instanceof COSArray array) {
            String[] names = new String[array.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = deref(array.getObject(i)) instanceof COSName n ? n.getName() : "";
            }
            return List.of(names);
        }
        return List.of();
    }

    private static COSBase deref(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }

    /** Thrown out of a decoder as soon as the budget is spent; never escapes this class. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("decoded-bytes cap exceeded", null, false, false);
        }
    }
}
