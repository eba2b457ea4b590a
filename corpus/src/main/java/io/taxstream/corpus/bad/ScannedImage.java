package io.taxstream.corpus.bad;

import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.PdfWriter;
import io.taxstream.corpus.util.Rng;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import javax.imageio.ImageIO;

/**
 * A page as a phone camera or scanner captures it: grey text-like strokes, rules and speckle, drawn
 * without any font so it renders the same on every machine. Delivered as PNG or inside a PDF with
 * no text layer.
 */
final class ScannedImage {

    private ScannedImage() {
    }

    static BufferedImage page(Rng rng) {
        BufferedImage img = new BufferedImage(620, 877, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(235, 235, 232));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(new Color(40, 40, 40));
        g.fillRect(180, 40, 260, 14);
        int y = 90;
        while (y < 820) {
            if (rng.chance(0.12)) {
                g.drawLine(40, y, 580, y);
                y += 12;
                continue;
            }
            int x = 40;
            while (x < 560) {
                int word = rng.between(12, 60);
                g.fillRect(x, y, Math.min(word, 580 - x), 6);
                x += word + rng.between(5, 9);
            }
            y += rng.between(14, 20);
        }
        for (int i = 0; i < 400; i++) {
            g.fillRect(rng.between(0, 619), rng.between(0, 876), 1, 1);
        }
        g.dispose();
        return img;
    }

    static byte[] png(Rng rng) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(page(rng), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf(Rng rng) {
        Canvas c = Canvas.a4();
        c.newPage();
        c.jpeg(page(rng), 0, 0, c.width(), c.height());
        return PdfWriter.save(c, new PdfWriter.Meta("HP Scan", LocalDate.of(2024, rng.between(1, 12), rng.between(1, 28)),
                rng.nextLong()));
    }
}
