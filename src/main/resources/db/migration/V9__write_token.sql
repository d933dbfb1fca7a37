-- Issue 24: a write transaction's token. Each write inserts a row here as its first statement and deletes it as its
-- last before COMMIT, expecting exactly one row deleted: on a Galera node leaving the cluster a transaction was rolled
-- back between two statements without an error to the client, and the statements after it ran, and committed, in a
-- new transaction (a batch's facet counts without its cables). The token is found only by the transaction that
-- inserted it; in any other the delete finds nothing and the write is run again whole. Rows never outlive their
-- transaction.
CREATE TABLE write_token (
    token CHAR(32) NOT NULL PRIMARY KEY
) ENGINE = InnoDB;
