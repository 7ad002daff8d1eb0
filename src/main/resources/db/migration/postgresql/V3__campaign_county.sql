-- PostgreSQL port of h2/V3__campaign_county.sql: the statements are the same on both (kept per vendor because V1 is not).
-- Which county a campaign belongs to. NULL: this office's own campaign (a county install, or the
-- city's own work). Set: the campaign of that county, received in a 报送包 or edited by that
-- county's users on a shared server; county users see only campaigns with their code.
ALTER TABLE campaign ADD COLUMN county_code VARCHAR(20);
ALTER TABLE campaign ADD COLUMN county_name VARCHAR(200);
CREATE INDEX campaign_county ON campaign (county_code);
