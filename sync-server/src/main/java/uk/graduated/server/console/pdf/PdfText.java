package uk.graduated.server.console.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text as the standard PDF fonts can draw it: those fonts only know the Windows-1252 letters, so a
 * name like "Zoë" stays as it is but "Łucja" is drawn as "Lucja" rather than failing the whole
 * document; and lines wrapped to a width.
 */
final class PdfText {
    /** Letters with a stroke have no decomposition to strip, so their base letter is named here. */
    private static final Map<String, String> STROKED = Map.of("Ł", "L", "ł", "l", "Đ", "D", "đ", "d", "Ħ", "H",
            "ħ", "h", "ı", "i", "Ŧ", "T", "ŧ", "t");

    private PdfText() {
    }

    /** {@code text} with every character the font cannot draw replaced by its base letter or '?'. */
    static String drawable(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> out.append(drawableChar(font, codePoint)));
        return out.toString();
    }

    private static String drawableChar(PDFont font, int codePoint) {
        if (codePoint == '\t' || codePoint == '\r' || codePoint == '\n') {
            return " ";
        }
        String character = new String(Character.toChars(codePoint));
        if (canDraw(font, character)) {
            return character;
        }
        String base = STROKED.getOrDefault(character,
                Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
        if (!base.isEmpty() && canDraw(font, base)) {
            return base;
        }
        return "?";
    }

    private static boolean canDraw(PDFont font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException notInFont) {
            return false;
        }
    }

    static float width(PDFont font, float size, String drawableText) {
        try {
            return font.getStringWidth(drawableText) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lines {@code text} takes at {@code maxWidth}: words wrapped, explicit line breaks kept, a word
     * longer than a line broken where it overflows.
     */
    static List<String> wrap(PDFont font, float size, String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\\R", -1)) {
            wrapParagraph(font, size, drawable(font, paragraph).strip(), maxWidth, lines);
        }
        return lines;
    }

    private static void wrapParagraph(PDFont font, float size, String paragraph, float maxWidth, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > maxWidth && rest.length() > 1) {
                int fits = longestPrefixThatFits(font, size, rest, maxWidth);
                lines.add(rest.substring(0, fits));
                rest = rest.substring(fits);
            }
            line.append(rest);
        }
        lines.add(line.toString());
    }

    private static int longestPrefixThatFits(PDFont font, float size, String word, float maxWidth) {
        int fits = 1;
        while (fits < word.length() && width(font, size, word.substring(0, fits + 1)) <= maxWidth) {
            fits++;
        }
        return fits;
    }

    /** {@code text} cut to {@code maxWidth} with an ellipsis when it does not fit. */
    static String fitted(PDFont font, float size, String text, float maxWidth) {
        String drawable = drawable(font, text);
        if (width(font, size, drawable) <= maxWidth) {
            return drawable;
        }
        String cut = drawable;
        while (!cut.isEmpty() && width(font, size, cut + "...") > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "...";
    }
}
