package org.cablegate.search;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.time.ZoneOffset;

/** The index's fields: one Lucene document per cable. */
final class CableFields {

    /** The reference ID as stored and as the key documents are replaced by. */
    static final String ID = "id";
    /** Sort key: the reference ID (ties of score or date). */
    static final String ID_SORT = "id_sort";
    /** Keys of the cable's own reference ID ({@link RefKeys}). */
    static final String REF = "ref";
    /** Keys of the reference IDs the cable cites. */
    static final String CITES = "cites";
    static final String SUBJECT = "subject";
    /** Origin, tags, section headings, the classifying officer and the signer, as words. */
    static final String META = "meta";
    /** Paragraph texts, one value each, in document order; stored with offsets for the highlighter. */
    static final String PARA = "para";
    /** Paragraph keys {@code n}, parallel to {@link #PARA}. */
    static final String PARA_N = "para_n";
    /** Seconds since the epoch: range filter (points), sort (doc values), stored. */
    static final String CREATED = "created";
    static final String RELEASED = "released";
    static final String ORIGIN = "origin";
    static final String CLASSIFICATION = "classification";
    static final String TAG = "tag";
    static final String PARAGRAPH_COUNT = "paragraph_count";
    /** The stored content's hash (doc values): what the change-log follower compares with the database's. */
    static final String CONTENT_HASH = "content_hash";

    /** The hash of the subject and paragraphs as stored (doc values): whether its vectors are of this text. */
    static final String TEXT_HASH = "text_hash";

    /** Facet dimensions. */
    static final String DIM_ORIGIN = "origin";
    static final String DIM_CLASSIFICATION = "classification";
    static final String DIM_TAG = "tag";
    static final String DIM_YEAR = "year";

    static final FacetsConfig FACETS = facetsConfig();

    private static final FieldType PARAGRAPH_TYPE = paragraphType();
    /** What the highlighter joins a multi-valued field with; never left inside a value. */
    private static final char VALUE_SEPARATOR = '\u2029';

    private CableFields() {
    }

    static Document document(IndexedCable c) throws IOException {
        var doc = new Document();
        doc.add(new StringField(ID, c.refId(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID_SORT, new BytesRef(c.refId())));
        RefKeys.ofRefId(c.refId()).forEach(k -> doc.add(new StringField(REF, k, Field.Store.NO)));
        for (var cited : c.references()) {
            RefKeys.ofRefId(cited).forEach(k -> doc.add(new StringField(CITES, k, Field.Store.NO)));
        }
        var created = c.created().getEpochSecond();
        doc.add(new LongPoint(CREATED, created));
        doc.add(new NumericDocValuesField(CREATED, created));
        doc.add(new StoredField(CREATED, created));
        if (c.released() != null) {
            doc.add(new StoredField(RELEASED, c.released().getEpochSecond()));
        }
        doc.add(new FacetValue(DIM_YEAR, String.valueOf(c.created().atZone(ZoneOffset.UTC).getYear())).field());
        if (c.subject() != null) {
            doc.add(new TextField(SUBJECT, c.subject(), Field.Store.YES));
        }
        if (c.origin() != null) {
            doc.add(new StringField(ORIGIN, c.origin(), Field.Store.YES));
            doc.add(new TextField(META, c.origin(), Field.Store.NO));
            doc.add(new FacetValue(DIM_ORIGIN, c.origin()).field());
        }
        if (c.classification() != null) {
            doc.add(new StringField(CLASSIFICATION, c.classification(), Field.Store.YES));
            doc.add(new FacetValue(DIM_CLASSIFICATION, c.classification()).field());
        }
        for (var tag : c.tags()) {
            if (!tag.isBlank()) {
                doc.add(new StringField(TAG, tag, Field.Store.YES));
                doc.add(new TextField(META, tag, Field.Store.NO));
                doc.add(new FacetValue(DIM_TAG, tag).field());
            }
        }
        for (var person : c.people()) {
            doc.add(new TextField(META, person, Field.Store.NO));
        }
        String lastHeading = null;
        var stored = new java.util.ArrayList<String>(c.paragraphs().size());
        for (var p : c.paragraphs()) {
            if (p.heading() != null && !p.heading().equals(lastHeading)) {
                doc.add(new TextField(META, p.heading(), Field.Store.NO));
                lastHeading = p.heading();
            }
            var text = p.text().replace(VALUE_SEPARATOR, ' ');
            stored.add(text);
            doc.add(new Field(PARA, text, PARAGRAPH_TYPE));
            doc.add(new StoredField(PARA_N, p.n()));
        }
        doc.add(new StoredField(PARAGRAPH_COUNT, c.paragraphs().size()));
        doc.add(new BinaryDocValuesField(TEXT_HASH, new BytesRef(ParagraphVectors.textHash(c.subject(), stored))));
        if (c.contentHash() != null) {
            doc.add(new BinaryDocValuesField(CONTENT_HASH, new BytesRef(c.contentHash())));
        }
        return FACETS.build(doc);
    }

    /** A facet value; facet labels cannot be empty. */
    private record FacetValue(String dim, String value) {
        SortedSetDocValuesFacetField field() {
            return new SortedSetDocValuesFacetField(dim, value.isBlank() ? "(none)" : value);
        }
    }

    private static FacetsConfig facetsConfig() {
        var config = new FacetsConfig();
        config.setMultiValued(DIM_TAG, true);
        return config;
    }

    private static FieldType paragraphType() {
        var type = new FieldType(TextField.TYPE_STORED);
        // No offsets in the postings: they cost the bulk import a tenth of its time, and the highlighter analyses
        // the stored text of the few hits it marks instead.
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }
}
