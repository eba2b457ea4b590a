package io.taxstream.corpus.pdf;

/**
 * A cursor running down the pages of a canvas: it starts a new page when the next block does not
 * fit, and then runs the continuation callback (a repeated table header, say).
 */
public final class Flow {

    private final Canvas canvas;
    private final float top;
    private final float bottom;
    private float y;
    private Continuation continuation = (c, top) -> top;

    public Flow(Canvas canvas, float top, float bottomMargin) {
        this.canvas = canvas;
        this.top = top;
        this.bottom = canvas.height() - bottomMargin;
        this.y = top;
    }

    public float y() {
        return y;
    }

    public void moveTo(float newY) {
        y = newY;
    }

    public void down(float dy) {
        y += dy;
    }

    public Canvas canvas() {
        return canvas;
    }

    /** Sets what is drawn at the top of a page that continues the current block. */
    public void onContinue(Continuation c) {
        continuation = c;
    }

    public void clearContinuation() {
        continuation = (c, t) -> t;
    }

    /** Makes room for a block of the given height, breaking the page when it would not fit. */
    public void ensure(float height) {
        if (y + height > bottom) {
            breakPage();
        }
    }

    public void breakPage() {
        canvas.newPage();
        y = continuation.start(canvas, top);
    }

    /** Draws at the top of a continued page and returns the y below it. */
    @FunctionalInterface
    public interface Continuation {
        float start(Canvas canvas, float top);
    }
}
