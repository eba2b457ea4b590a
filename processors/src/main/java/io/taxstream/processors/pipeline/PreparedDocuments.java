package io.taxstream.processors.pipeline;

import io.taxstream.avro.PageText;
import io.taxstream.avro.PositionedWord;
import io.taxstream.avro.PreparedDocument;
import io.taxstream.processors.model.Document;
import io.taxstream.processors.model.Page;
import io.taxstream.processors.model.Word;
import java.util.ArrayList;
import java.util.List;

/** Maps a {@link Document} to its Avro form for the per-type topics, and back. */
public final class PreparedDocuments {

    private PreparedDocuments() {
    }

    public static PreparedDocument toAvro(Document document) {
        List<PageText> pages = new ArrayList<>(document.pageCount());
        for (Page p : document.pages()) {
            List<PositionedWord> words = new ArrayList<>(p.words().size());
            for (Word w : p.words()) {
                words.add(new PositionedWord(w.text(), w.x(), w.y(), w.width(), w.height(), w.fontSize(), w.bold()));
            }
            pages.add(new PageText(p.number(), p.width(), p.height(), words));
        }
        return new PreparedDocument(document.contentType(), document.pageCount(), pages);
    }

    public static Document fromAvro(PreparedDocument prepared) {
        List<Page> pages = new ArrayList<>(prepared.getPages().size());
        for (PageText p : prepared.getPages()) {
            List<Word> words = new ArrayList<>(p.getWords().size());
            for (PositionedWord w : p.getWords()) {
                words.add(new Word(w.getText(), w.getX(), w.getY(), w.getWidth(), w.getHeight(), w.getFontSize(), w.getBold()));
            }
            pages.add(new Page(p.getNumber(), p.getWidth(), p.getHeight(), words));
        }
        return new Document(prepared.getContentType(), pages);
    }
}
