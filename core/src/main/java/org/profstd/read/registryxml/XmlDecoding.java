package org.profstd.read.registryxml;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.Diagnostic;
import org.profstd.model.DiagnosticCode;
import org.profstd.read.Decoding;

/**
 * Turns the bytes of a registry export into text. Exports come in UTF-8 or windows-1251; the prolog usually declares
 * which, but older exports omit the declaration or declare UTF-8 over windows-1251 bytes. The declared encoding is used
 * when the bytes really are in it; otherwise UTF-8 when they are valid UTF-8, else windows-1251, and the guess is
 * reported. Decoding here rather than in the XML parser is what makes a wrong declaration readable at all.
 */
final class XmlDecoding {
    private static final Pattern DECLARED = Pattern.compile(
            "^\\s*<\\?xml[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /** The decoded text, and the diagnostic that says the encoding was guessed, or null when it was not. */
    record Decoded(String text, Diagnostic guess) {
    }

    private XmlDecoding() {
    }

    static Decoded decode(byte[] bytes) {
        if (hasByteOrderMark(bytes)) {
            return new Decoded(Decoding.decode(bytes), null);
        }
        String declared = declaredEncoding(bytes);
        if (declared != null) {
            String text = strictly(bytes, charset(declared));
            if (text != null) {
                return new Decoded(text, null);
            }
        }
        String utf8 = strictly(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, declared == null ? null
                    : guessed("the prolog declares " + declared + " but the bytes are UTF-8; read as UTF-8"));
        }
        String reason = declared == null ? "no encoding is declared and the bytes are not UTF-8"
                : "the prolog declares " + declared + " but the bytes are not in it";
        return new Decoded(new String(bytes, Decoding.WINDOWS_1251), guessed(reason + "; read as windows-1251"));
    }

    /** The encoding named in the XML prolog, or null when there is no prolog or it names none. */
    static String declaredEncoding(byte[] bytes) {
        int n = Math.min(bytes.length, 200);
        Matcher m = DECLARED.matcher(new String(bytes, 0, n, StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1) : null;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The bytes decoded in that charset, or null when they are not valid in it (or there is no such charset). */
    private static String strictly(byte[] bytes, Charset charset) {
        if (charset == null) {
            return null;
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        int b0 = bytes.length > 0 ? bytes[0] & 0xFF : -1;
        int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
        int b2 = bytes.length > 2 ? bytes[2] & 0xFF : -1;
        return b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE || b0 == 0xEF && b1 == 0xBB && b2 == 0xBF;
    }

    private static Diagnostic guessed(String message) {
        return DiagnosticCode.ENCODING_GUESSED.at(1, message);
    }
}
