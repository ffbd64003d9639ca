package org.profstd.registry.server;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A separate profstd-like process using a data folder's server, for the tests of sharing one folder: it prints the
 * port, then leaves the server when it reads {@code close} on standard input (or ends when it is signalled).
 */
public final class FolderUser {
    private FolderUser() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedServer server = EmbeddedServer.start(Path.of(args[0]));
        System.out.println("port " + server.port());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.equals("close")) {
                server.close();
                System.out.println("closed");
                System.out.flush();
                return;
            }
        }
    }
}
