-- A package's life, and packages sold by country.
--
-- An archived package is off sale: public lists leave it out and a new purchase of it is refused,
-- while its existing purchases keep booking their remaining sessions (they refer to the row, which
-- is why a bought package is archived rather than deleted). NULL while on sale.
ALTER TABLE packages ADD COLUMN archived_at timestamptz;

-- The public list of one expert's packages in one country, on sale only.
CREATE INDEX packages_on_sale_by_country ON packages (expert_id, country, listing_order, id) WHERE archived_at IS NULL;
