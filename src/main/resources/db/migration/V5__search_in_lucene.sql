-- Search is Lucene's now (org.cablegate.search): the InnoDB full-text indexes cost the bulk import two thirds of its
-- time (every paragraph tokenised into auxiliary tables at commit) and served no query.
ALTER TABLE paragraph DROP INDEX ft_paragraph_text;
ALTER TABLE cable DROP INDEX ft_cable_subject;
