package org.cablegate.share;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The 1200×630 PNG a posted permalink unfurls with: the excerpt, the reference ID and paragraph, the classification
 * on a banner in its colour. Drawn with Java2D in headless mode and a bundled font (DejaVu Sans), so the card looks
 * the same on every machine. Thread-safe.
 */
public final class CardRenderer {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    private static final int MARGIN = 64;
    private static final Color PAPER = new Color(0xFA, 0xF8, 0xF2);
    private static final Color INK = new Color(0x1F, 0x23, 0x28);
    private static final Color MUTED = new Color(0x5B, 0x63, 0x6E);

    private final Font regular;
    private final Font bold;

    public CardRenderer() {
        System.setProperty("java.awt.headless", "true");
        regular = font("/fonts/DejaVuSans.ttf");
        bold = font("/fonts/DejaVuSans-Bold.ttf");
    }

    public byte[] png(CardContent card) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(PAPER);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            banner(g, card);
            excerpt(g, card.excerpt());
            footer(g, card);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void banner(Graphics2D g, CardContent card) {
        g.setColor(colour(card.classification()));
        g.fillRect(0, 0, WIDTH, 72);
        g.setColor(Color.WHITE);
        g.setFont(bold.deriveFont(28f));
        var label = card.classification() == null ? "CABLE" : card.classification().toUpperCase(Locale.ROOT);
        g.drawString(label, MARGIN, 47);
        g.setFont(regular.deriveFont(24f));
        var right = "#cablegate";
        g.drawString(right, WIDTH - MARGIN - g.getFontMetrics().stringWidth(right), 46);
    }

    private void excerpt(Graphics2D g, String text) {
        g.setColor(INK);
        g.setFont(regular.deriveFont(34f));
        var metrics = g.getFontMetrics();
        var lines = wrap(text == null ? "" : text, metrics, WIDTH - 2 * MARGIN, 9);
        int y = 72 + 64;
        for (var line : lines) {
            g.drawString(line, MARGIN, y);
            y += metrics.getHeight() + 4;
        }
    }

    private void footer(Graphics2D g, CardContent card) {
        g.setColor(new Color(0xD9, 0xD4, 0xC7));
        g.fillRect(MARGIN, HEIGHT - 108, WIDTH - 2 * MARGIN, 2);
        g.setColor(INK);
        g.setFont(bold.deriveFont(34f));
        var id = card.refId() + "  ¶" + card.n();
        g.drawString(id, MARGIN, HEIGHT - 52);
        g.setColor(MUTED);
        g.setFont(regular.deriveFont(26f));
        var where = String.join(" · ", nonNull(card.origin(), card.created()));
        g.drawString(where, WIDTH - MARGIN - g.getFontMetrics().stringWidth(where), HEIGHT - 54);
    }

    /** Word-wrapped lines, the last ending with "…" when the text does not fit. */
    static List<String> wrap(String text, FontMetrics metrics, int width, int maxLines) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        var words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            var word = words[i];
            var candidate = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            line.setLength(0);
            line.append(word);
            if (lines.size() == maxLines) {
                break;
            }
        }
        if (lines.size() < maxLines && line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
        }
        var cut = lines.size() == maxLines && (line.length() > 0 || String.join(" ", lines).length() < text.length());
        if (cut) {
            var last = lines.get(maxLines - 1);
            while (!last.isEmpty() && metrics.stringWidth(last + " …") > width) {
                last = last.substring(0, Math.max(0, last.lastIndexOf(' ')));
            }
            lines.set(maxLines - 1, last + " …");
        }
        return lines;
    }

    private static List<String> nonNull(String... values) {
        var out = new ArrayList<String>();
        for (var v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }

    private static Color colour(String classification) {
        var c = classification == null ? "" : classification.toUpperCase(Locale.ROOT);
        if (c.startsWith("SECRET")) {
            return new Color(0xB3, 0x26, 0x1E);
        }
        if (c.startsWith("CONFIDENTIAL")) {
            return new Color(0x1F, 0x4E, 0x99);
        }
        return new Color(0x2E, 0x7D, 0x32);
    }

    private static Font font(String resource) {
        try (InputStream in = CardRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled font " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Could not load bundled font " + resource, e);
        }
    }
}
