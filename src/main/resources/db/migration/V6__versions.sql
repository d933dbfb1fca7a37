-- Versions of a cable as WikiLeaks republished it. The cable and paragraph rows always hold the current version; a
-- version row holds its release time and, for every version but the current one, a reverse delta: what turns the
-- version after it back into this one (changed caption fields and the old text of the paragraphs that changed).
-- A cable with one version costs one small row.
CREATE TABLE cable_version (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY, -- import order; keys the changes feed
    cable_id           BIGINT        NOT NULL,
    version            INT           NOT NULL, -- 1, 2, … in release order; renumbered when an older one is filed
    released           DATETIME      NULL,
    imported_at        DATETIME      NOT NULL,
    content_hash       CHAR(64)      NOT NULL,
    delta              MEDIUMTEXT    NULL,     -- null for the current version
    -- set when the row was imported as a change to an earlier version (the changes feed)
    is_change          BOOLEAN       NOT NULL DEFAULT FALSE,
    changed_paragraphs VARCHAR(1000) NULL,
    changed_fields     VARCHAR(255)  NULL,
    lifted             INT           NOT NULL DEFAULT 0,
    lifted_text        VARCHAR(1000) NULL,
    CONSTRAINT uk_cable_version UNIQUE (cable_id, version),
    INDEX ix_cable_version_change (is_change, id),
    CONSTRAINT fk_version_cable FOREIGN KEY (cable_id) REFERENCES cable (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every cable imported before versions were kept has one version: the one stored.
INSERT INTO cable_version (cable_id, version, released, imported_at, content_hash)
SELECT id, 1, released, imported_at, content_hash FROM cable;
