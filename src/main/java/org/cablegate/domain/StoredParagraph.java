package org.cablegate.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A paragraph as stored; its identity is (cable, n), never its database id. */
@Entity
@Table(name = "paragraph")
public class StoredParagraph extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cable_id")
    public Cable cable;

    public String n;
    public int position;
    public String marking;
    public String heading;
    public String text;
    public String fingerprint;
}
