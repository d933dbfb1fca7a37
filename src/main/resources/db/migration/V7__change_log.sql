-- Issue 13: a log of every cable write, for each API replica to keep its own search index and response cache
-- current (org.cablegate.search.ChangeFollower). Written by CableBatchWriter in the transaction of the cable rows.
-- seq is monotonic per server but commits may become visible out of seq order (concurrent writers; on Galera
-- AUTO_INCREMENT also steps by the node count): readers re-read a window behind their high-water mark.
CREATE TABLE cable_change (
    seq        BIGINT      NOT NULL AUTO_INCREMENT,
    cable_id   BIGINT      NOT NULL,
    ref_id     VARCHAR(40) NOT NULL,
    changed_at DATETIME    NOT NULL,
    PRIMARY KEY (seq),
    INDEX ix_cable_change_at (changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The highest seq pruning has deleted: a replica whose applied seq is below it missed rows and rebuilds its index.
CREATE TABLE cable_change_pruned (
    id          TINYINT NOT NULL,
    through_seq BIGINT  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO cable_change_pruned (id, through_seq) VALUES (1, 0);
