package org.profstd.services;

/** An edition written in an exchange format: the bytes, their media type and a file name to save them under. */
public record Export(String contentType, String fileName, byte[] body) {
}
