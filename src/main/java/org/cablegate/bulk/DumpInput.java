package org.cablegate.bulk;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A dump opened for reading: a file or standard input, plain or gzip-compressed (told by its first two bytes, not
 * by its name), with a count of the bytes read so far for progress and ETA.
 */
public final class DumpInput implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final Counting counted;
    private final Reader reader;
    private final Long size;
    private final boolean gzip;

    private DumpInput(InputStream raw, Long size) throws IOException {
        this.counted = new Counting(new BufferedInputStream(raw, BUFFER));
        this.size = size;
        counted.mark(2);
        int b1 = counted.read();
        int b2 = counted.read();
        counted.reset();
        this.gzip = b1 == 0x1f && b2 == 0x8b;
        InputStream content = gzip ? new GZIPInputStream(counted, BUFFER) : counted;
        this.reader = new InputStreamReader(content, StandardCharsets.UTF_8);
    }

    /** {@code -} is standard input. */
    public static DumpInput open(String file) throws IOException {
        if ("-".equals(file)) {
            return new DumpInput(System.in, null);
        }
        var path = Path.of(file);
        return new DumpInput(Files.newInputStream(path), Files.size(path));
    }

    public static DumpInput of(InputStream in, Long size) throws IOException {
        return new DumpInput(in, size);
    }

    public Reader reader() {
        return reader;
    }

    /** Bytes read from the source so far (compressed bytes for a gzip source). */
    public long bytesRead() {
        return counted.count;
    }

    /** The source's size in bytes when known. */
    public Long size() {
        return size;
    }

    public boolean gzip() {
        return gzip;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static final class Counting extends FilterInputStream {

        private volatile long count;
        private long marked;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public synchronized void mark(int limit) {
            super.mark(limit);
            marked = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            count = marked;
        }
    }
}
