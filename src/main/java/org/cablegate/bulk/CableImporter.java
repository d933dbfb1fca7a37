package org.cablegate.bulk;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.ingest.CableParseException;
import org.cablegate.persistence.CableBatchWriter;
import org.cablegate.persistence.Imported;
import org.cablegate.persistence.RowResult;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Imports over the API: one cable of any format, or dump rows through the bulk pipeline. */
@ApplicationScoped
public class CableImporter {

    private final CablePreparer preparer = new CablePreparer();
    private final CableBatchWriter writer;
    private final BulkImporter bulk;
    private final Timer imports;

    public CableImporter(CableBatchWriter writer, BulkImporter bulk, MeterRegistry registry) {
        this.writer = writer;
        this.bulk = bulk;
        this.imports = Timer.builder("cables.import").description("Import of one cable: parse, extract, write, commit")
                .register(registry);
    }

    /** Imports one cable in any format the parser knows. */
    public Imported importText(String text) throws CableParseException {
        var started = System.nanoTime();
        try {
            var prepared = preparer.prepare(text);
            var outcome = writer.write(List.of(prepared)).get(0);
            if (outcome == null) {
                throw new CableParseException("the cable could not be stored: a field is outside what the schema holds", 0);
            }
            return new Imported(prepared.refId(), outcome, prepared.cable().paragraphs().size());
        } finally {
            imports.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Imports rows of the cables.csv dump as they stream in, reporting each row in order; a bad row is rejected and
     * the import goes on with the next.
     *
     * @throws IOException when the input itself cannot be read
     */
    public void importCsv(Reader csv, Consumer<RowResult> results) throws IOException {
        bulk.run(csv, () -> 0L, new ImportTally(null), new ImportListener() {
            @Override
            public void row(RowResult result) {
                results.accept(result);
            }
        });
    }
}
