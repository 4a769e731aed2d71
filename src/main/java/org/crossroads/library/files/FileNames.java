package org.crossroads.library.files;

import java.text.Normalizer;

/** A file name as an upload gives it, made safe to keep and to send back in a header. */
final class FileNames {

    private static final int MAX = 200;

    private FileNames() {}

    /** The last part of the path (browsers of old sent whole paths), without control characters, at most 200 characters. */
    static String clean(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "file";
        }
        if (name.length() > MAX) {
            String extension = FileKind.extensionOf(name);
            int keep = MAX - extension.length() - 1;
            name = extension.isEmpty() || extension.length() > 10 ? name.substring(0, MAX) : name.substring(0, keep) + "." + extension;
        }
        return name;
    }
}
