package org.cablegate.share;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.util.HashSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CardRendererTest {

    private final CardRenderer renderer = new CardRenderer();
    private final CardContent card = new CardContent("06ASTANA590", "20", "UNCLASSIFIED", "Embassy Astana", "2006-11-17",
            "Law enforcement agencies seized 22,549 kilos of drugs in the first nine months of 2006, compared with "
                    + "21,635 kilos last year. ".repeat(6));

    @Test
    void rendersA1200By630PngWithText() throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(renderer.png(card)));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        var colours = new HashSet<Integer>();
        for (int x = 64; x < 1136; x += 3) {
            for (int y = 100; y < 500; y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "anti-aliased text in the excerpt area: " + colours.size() + " colours");
    }

    @Test
    void sameCardForTheSameParagraph() {
        assertArrayEquals(renderer.png(card), renderer.png(card));
    }

    @Test
    void classificationPicksTheBannerColour() throws Exception {
        var secret = ImageIO.read(new ByteArrayInputStream(renderer.png(new CardContent("09BAKU179", "1", "SECRET//NOFORN",
                "Embassy Baku", "2009-03-06", "Text."))));
        var unclassified = ImageIO.read(new ByteArrayInputStream(renderer.png(card)));
        assertTrue(((secret.getRGB(5, 5) >> 16) & 0xff) > 150, "red banner for SECRET");
        assertTrue(((unclassified.getRGB(5, 5) >> 8) & 0xff) > ((unclassified.getRGB(5, 5) >> 16) & 0xff), "green banner");
    }
}
