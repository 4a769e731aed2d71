package org.crossroads.shared.tabular;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

/**
 * Receives a file's rows one at a time from {@link TabularReader#stream}, for files too large to hold in
 * memory as a {@link TabularFile}.
 */
public interface TabularStream {

    /**
     * What the file is, before its first row.
     *
     * @param expectedRows about how many data rows follow (lines of a CSV file), or 0 when not known
     */
    record Header(TabularFile.Format format, Charset encoding, List<String> columns, Map<String, String> hashtags,
            int expectedRows) {

        public Header {
            columns = List.copyOf(columns);
            hashtags = Map.copyOf(hashtags);
        }
    }

    /** @return false to read no further (the header is not usable) */
    boolean start(Header header);

    void row(SourceRow row);
}
