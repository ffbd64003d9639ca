package org.profstd.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A CV or vacancy named on the command line: a file, or {@code -} for standard input. */
record TextInput(String name, byte[] bytes) {

    static TextInput read(String argument, InputStream stdin) {
        try {
            if (argument.equals("-")) {
                return new TextInput("standard input", stdin.readAllBytes());
            }
            Path file = Path.of(argument);
            return new TextInput(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new UserFacingException("cannot read " + argument + ": no such file", Main.ERROR);
        } catch (IOException e) {
            throw new UserFacingException("cannot read " + argument + ": " + e.getMessage(), Main.ERROR);
        }
    }
}
