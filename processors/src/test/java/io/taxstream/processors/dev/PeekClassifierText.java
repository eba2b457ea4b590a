package io.taxstream.processors.dev;

import io.taxstream.processors.classify.embedding.ClassifierText;

/** Development aid: prints the classifier text of the development corpus's documents whose layout matches. */
public final class PeekClassifierText {

    private PeekClassifierText() {
    }

    public static void main(String[] args) {
        for (CorpusDocuments.Labelled l : CorpusDocuments.generate(Long.parseLong(args[1]), Integer.parseInt(args[2]))) {
            if (l.name().contains(args[0])) {
                System.out.println("=== " + l.name() + " " + l.type());
                System.out.println(ClassifierText.of(l.document(), 1000));
            }
        }
    }
}
