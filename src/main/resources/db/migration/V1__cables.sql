-- Cables, their header and caption, and their paragraphs. Sized for the full release: 251,287 cables and a few
-- million paragraphs. Every list the API serves is read through an index in its keyset order.

-- NOCACHE: a Galera cluster refuses cached sequences (ERROR 1235); Hibernate still takes 50 ids per NEXTVAL.
CREATE SEQUENCE cable_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE SEQUENCE paragraph_seq START WITH 1 INCREMENT BY 50 NOCACHE;

CREATE TABLE cable (
    id               BIGINT       NOT NULL PRIMARY KEY,
    ref_id           VARCHAR(40)  NOT NULL,
    created          DATETIME     NOT NULL,
    released         DATETIME     NULL,
    classification   VARCHAR(64)  NULL,
    origin           VARCHAR(128) NULL,
    subject          TEXT         NULL,
    transmission_id  VARCHAR(40)  NULL,
    precedence       VARCHAR(8)   NULL,
    dtg              VARCHAR(40)  NULL,
    sender           VARCHAR(255) NULL,
    sipdis           BOOLEAN      NOT NULL DEFAULT FALSE,
    caveats          VARCHAR(255) NULL,
    eo               VARCHAR(255) NULL,
    declassify_on    DATE         NULL,
    classified_by    TEXT         NULL,
    summary          MEDIUMTEXT   NULL,
    signer           VARCHAR(255) NULL,
    source_format    VARCHAR(32)  NOT NULL,
    content_hash     CHAR(64)     NOT NULL,
    paragraph_count  INT          NOT NULL,
    imported_at      DATETIME     NOT NULL,
    updated_at       DATETIME     NOT NULL,
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_cable_ref_id UNIQUE (ref_id),
    -- keyset pages: newest first, refId breaks ties
    INDEX ix_cable_created (created, ref_id),
    INDEX ix_cable_origin_created (origin, created, ref_id),
    INDEX ix_cable_classification_created (classification, created, ref_id),
    FULLTEXT INDEX ft_cable_subject (subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cable_recipient (
    cable_id   BIGINT       NOT NULL,
    kind       VARCHAR(4)   NOT NULL, -- TO or INFO
    position   INT          NOT NULL,
    name       VARCHAR(255) NOT NULL,
    precedence VARCHAR(16)  NULL,
    PRIMARY KEY (cable_id, position),
    CONSTRAINT fk_recipient_cable FOREIGN KEY (cable_id) REFERENCES cable (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cable_tag (
    cable_id BIGINT       NOT NULL,
    position INT          NOT NULL,
    tag      VARCHAR(128) NOT NULL,
    PRIMARY KEY (cable_id, position),
    INDEX ix_tag (tag, cable_id),
    CONSTRAINT fk_tag_cable FOREIGN KEY (cable_id) REFERENCES cable (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cable_reference (
    cable_id      BIGINT       NOT NULL,
    position      INT          NOT NULL,
    letter        VARCHAR(8)   NULL,
    label         VARCHAR(128) NOT NULL,
    target_ref_id VARCHAR(40)  NULL,
    PRIMARY KEY (cable_id, position),
    -- "referenced by": which cables cite this one
    INDEX ix_reference_target (target_ref_id),
    CONSTRAINT fk_reference_cable FOREIGN KEY (cable_id) REFERENCES cable (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE paragraph (
    id          BIGINT       NOT NULL PRIMARY KEY,
    cable_id    BIGINT       NOT NULL,
    n           VARCHAR(16)  NOT NULL,
    position    INT          NOT NULL,
    marking     VARCHAR(32)  NULL,
    heading     TEXT         NULL,
    text        MEDIUMTEXT   NOT NULL,
    fingerprint CHAR(24)     NOT NULL,
    CONSTRAINT uk_paragraph_cable_n UNIQUE (cable_id, n),
    INDEX ix_paragraph_cable_position (cable_id, position),
    FULLTEXT INDEX ft_paragraph_text (text),
    CONSTRAINT fk_paragraph_cable FOREIGN KEY (cable_id) REFERENCES cable (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
