package org.profstd.read;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks a Word package before the Word library opens it: every part unpacks to at most
 * {@link ReadLimits#MAX_PART_BYTES}, all together to {@link ReadLimits#MAX_PACKAGE_BYTES}, and the body nests its
 * elements at most {@link ReadLimits#MAX_DEPTH} deep. The library would build the whole tree in memory, recursively,
 * before anything could be refused.
 */
final class DocxLimits {
    private static final String BODY = "word/document.xml";

    private DocxLimits() {
    }

    static void check(String name, byte[] bytes) throws UnreadableDocumentException {
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                CountingStream part = new CountingStream(zip, name, entry.getName(), ReadLimits.MAX_PACKAGE_BYTES - total);
                if (entry.getName().equals(BODY)) {
                    checkDepth(name, part);
                }
                part.transferTo(java.io.OutputStream.nullOutputStream());
                total += part.count;
            }
        } catch (TooLarge e) {
            throw e.refusal;
        } catch (IOException | IllegalArgumentException damaged) {
            // a damaged package is the Word reader's to report, with its own message
        }
    }

    private static void checkDepth(String name, InputStream body) throws UnreadableDocumentException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(body);
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT && ++depth > ReadLimits.MAX_DEPTH) {
                    throw new UnreadableDocumentException(name + ": the Word document nests its elements (tables in"
                            + " tables) more than " + ReadLimits.MAX_DEPTH + " deep, the limit; it is refused");
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException damaged) {
            for (Throwable t = damaged; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof TooLarge e) {
                    throw e.refusal;
                }
                if (t instanceof XMLStreamException x && x.getNestedException() instanceof TooLarge e) {
                    throw e.refusal;
                }
            }
            // otherwise damaged XML, which the Word reader reports
        }
    }

    /** Counts the unpacked bytes of one part and stops at the limits. */
    private static final class CountingStream extends FilterInputStream {
        private final String name;
        private final String part;
        private final long packageLeft;
        long count;

        CountingStream(InputStream in, String name, String part, long packageLeft) {
            super(in);
            this.name = name;
            this.part = part;
            this.packageLeft = packageLeft;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public void close() {
            // the zip stream stays open for the next part
        }

        private void counted(int n) throws TooLarge {
            count += n;
            if (count > ReadLimits.MAX_PART_BYTES) {
                throw new TooLarge(new UnreadableDocumentException(name + ": the part " + part + " of the Word"
                        + " document unpacks to more than " + ReadLimits.megabytes(ReadLimits.MAX_PART_BYTES)
                        + ", the limit; it is refused"));
            }
            if (count > packageLeft) {
                throw new TooLarge(new UnreadableDocumentException(name + ": the Word document unpacks to more than "
                        + ReadLimits.megabytes(ReadLimits.MAX_PACKAGE_BYTES) + ", the limit; it is refused"));
            }
        }
    }

    /** Carries a refusal through the XML and zip libraries, which only let IOExceptions pass. */
    private static final class TooLarge extends IOException {
        final UnreadableDocumentException refusal;

        TooLarge(UnreadableDocumentException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }
}
