package org.profstd.model;

/**
 * The document a result was read from.
 *
 * @param file     the file name as given (no directories)
 * @param sha256   hex SHA-256 of the bytes read, the document's identity in the registry
 * @param format   the physical format: {@code text}, {@code markdown}, {@code docx}, {@code pdf}, {@code html},
 *                 {@code registry-xml}
 * @param language the main language of the document (Russian or Kazakh), or null when it holds none
 */
public record Source(String file, String sha256, String format, @Nullable Language language) {
}
