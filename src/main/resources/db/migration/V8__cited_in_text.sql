-- Issue 22: a cable's "referenced by" list counts the cables that cite it in their text (facts of type reference whose
-- target resolved to a reference ID) as well as those whose caption REF line lists it. This index finds them by
-- target. A prefix is enough for equality on reference IDs (at most 40 characters); acronym expansions share the
-- column and are cut by the prefix, never read through it. Galera: an online index on a table that has its key.
CREATE INDEX ix_fact_target ON fact (target(40), type);
