package org.cablegate.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A stored cable: publisher metadata, header, caption and paragraphs. Never serialised as JSON. */
@Entity
@Table(name = "cable")
public class Cable extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ref_id", nullable = false, unique = true)
    public String refId;

    public Instant created;
    public Instant released;
    public String classification;
    public String origin;
    public String subject;

    @Column(name = "transmission_id")
    public String transmissionId;
    public String precedence;
    public String dtg;
    public String sender;
    public boolean sipdis;
    /** Handling caveats other than SIPDIS, space-separated. */
    public String caveats;
    public String eo;
    @Column(name = "declassify_on")
    public LocalDate declassifyOn;
    @Column(name = "classified_by")
    public String classifiedBy;
    public String summary;
    public String signer;

    @Column(name = "source_format")
    public String sourceFormat;
    /** SHA-256 of the parsed content: an import whose hash is unchanged writes nothing. */
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "paragraph_count")
    public int paragraphCount;
    @Column(name = "imported_at")
    public Instant importedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    @ElementCollection
    @CollectionTable(name = "cable_tag", joinColumns = @JoinColumn(name = "cable_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag")
    public List<String> tags = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cable_recipient", joinColumns = @JoinColumn(name = "cable_id"))
    @OrderColumn(name = "position")
    public List<Recipient> recipients = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cable_reference", joinColumns = @JoinColumn(name = "cable_id"))
    @OrderColumn(name = "position")
    public List<CableReference> references = new ArrayList<>();

    @OneToMany(mappedBy = "cable", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<StoredParagraph> paragraphs = new ArrayList<>();

    public static Optional<Cable> findByRefId(String refId) {
        return find("refId", refId).firstResultOptional();
    }
}
