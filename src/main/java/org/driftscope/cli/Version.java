package org.driftscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The build's version, as Maven wrote it into {@code driftscope-version.properties}. */
final class Version implements CommandLine.IVersionProvider {
    /** The version, or "unknown" when the resource is missing (a build that skipped its resources). */
    static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/driftscope-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "driftscope " + current(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")" + ", "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch")
        };
    }
}
