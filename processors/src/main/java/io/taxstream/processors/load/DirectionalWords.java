package io.taxstream.processors.load;

import io.taxstream.processors.model.Word;
import java.util.List;

/** One {@link WordAssembler} per text direction (0, 90, 180, 270) met on a page. */
final class DirectionalWords {

    private final float gap;
    private final WordAssembler[] byDirection = new WordAssembler[4];
    private final int[] glyphs = new int[4];

    DirectionalWords(float gap) {
        this.gap = gap;
    }

    WordAssembler assembler(int direction) {
        int i = index(direction);
        glyphs[i]++;
        if (byDirection[i] == null) {
            byDirection[i] = new WordAssembler(gap);
        }
        return byDirection[i];
    }

    /** The direction with the most glyphs; the page's rotation when there is a tie or no text. */
    int dominantDirection(int pageRotation) {
        int best = index(pageRotation);
        for (int i = 0; i < 4; i++) {
            if (glyphs[i] > glyphs[best]) {
                best = i;
            }
        }
        return best * 90;
    }

    List<Word> of(int direction) {
        WordAssembler assembler = byDirection[index(direction)];
        return assembler == null ? List.of() : assembler.words();
    }

    private static int index(int direction) {
        return Math.floorMod(Math.round(direction / 90f), 4);
    }
}
