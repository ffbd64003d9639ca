package org.profstd.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The physical formats profstd reads, told apart by content, never by file name. */
public enum FileFormat {
    TEXT("text"), MARKDOWN("markdown"), DOCX("docx"), PDF("pdf"), HTML("html"), REGISTRY_XML("registry-xml"),
    XML("xml"), ZIP("zip"), BINARY("binary");

    private final String id;

    FileFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * Whether the registry XML reader reads it: an export, or XML whose head did not show it to be one (the marker can
     * lie beyond the bytes sniffed). The reader numbers such a file one element per line and refuses other XML with
     * its reason, so every view of the file's lines must lay it out as that reader does.
     */
    public boolean isXml() {
        return this == REGISTRY_XML || this == XML;
    }

    /** Sniffs the format from the first bytes of a document. */
    public static FileFormat sniff(byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return containsAscii(bytes, "word/") ? DOCX : ZIP;
        }
        if (bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return PDF;
        }
        String head = Decoding.decode(prefix(bytes, 4096)).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<?xml") || head.startsWith("<xmlcardinfo")) {
            return head.contains("xmlcardinfo") || head.contains("professionalstandart") ? REGISTRY_XML : XML;
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")) {
            return HTML;
        }
        if (looksBinary(bytes)) {
            return BINARY;
        }
        return TEXT;
    }

    private static boolean containsAscii(byte[] bytes, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + n.length <= bytes.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (bytes[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] prefix(byte[] bytes, int max) {
        if (bytes.length <= max) {
            return bytes;
        }
        byte[] p = new byte[max];
        System.arraycopy(bytes, 0, p, 0, max);
        return p;
    }

    /** NUL bytes or many control characters: not a text document, unless a UTF-16 byte order mark says it is. */
    private static boolean looksBinary(byte[] bytes) {
        if (Decoding.hasUtf16Bom(bytes)) {
            return false; // every other byte of UTF-16 Cyrillic or ASCII is a control byte or NUL
        }
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 9 || (b > 13 && b < 32)) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }
}
