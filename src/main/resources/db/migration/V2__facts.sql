-- Facts derived from paragraph text at import; replaced whenever their cable changes. Cable metadata used by the
-- corpus-wide filters (origin, created) is copied in so that those reads need no join over millions of rows.

CREATE TABLE fact (
    id           VARCHAR(120)   NOT NULL PRIMARY KEY, -- stable: refId-n-type-start
    cable_id     BIGINT         NOT NULL,
    ref_id       VARCHAR(40)    NOT NULL,
    n            VARCHAR(16)    NOT NULL,
    position     INT            NOT NULL, -- the paragraph's position: document order without parsing n
    type         VARCHAR(16)    NOT NULL,
    text         VARCHAR(1000)  NOT NULL,
    start_offset INT            NOT NULL,
    end_offset   INT            NOT NULL,
    value        DECIMAL(38, 6) NULL,
    value_min    DECIMAL(38, 6) NULL,
    value_max    DECIMAL(38, 6) NULL,
    unit         VARCHAR(32)    NULL,
    currency     CHAR(3)        NULL,
    per          VARCHAR(32)    NULL,
    substance    VARCHAR(128)   NULL,
    direction    VARCHAR(16)    NULL,
    date_value   VARCHAR(32)    NULL,
    target       VARCHAR(500)   NULL,
    acronym      VARCHAR(32)    NULL,
    origin       VARCHAR(128)   NULL,
    created      DATETIME       NOT NULL,
    INDEX ix_fact_cable (cable_id, position, start_offset),
    -- corpus-wide keyset pages (newest first, id breaks ties), with the common filters leading
    INDEX ix_fact_created (created, id),
    INDEX ix_fact_type_created (type, created, id),
    INDEX ix_fact_type_unit (type, unit, created, id),
    INDEX ix_fact_type_currency (type, currency, created, id),
    INDEX ix_fact_substance (substance, created, id),
    INDEX ix_fact_origin (origin, created, id),
    INDEX ix_fact_acronym (acronym),
    CONSTRAINT fk_fact_cable FOREIGN KEY (cable_id) REFERENCES cable (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
