-- PostgreSQL port of h2/V2__scenario_inputs_by_key.sql: the statements are the same on both (kept per vendor because V1 is not).
-- Scenarios for built-in indicator systems (shipped as JSON, identified by their code, not by a
-- row of indicator_system) and their inputs stored per input key, as the calculator reads them.
-- A scenario names its system either by id (a system stored in the database) or by code.

ALTER TABLE scenario ALTER COLUMN system_id DROP NOT NULL;
ALTER TABLE scenario ADD COLUMN system_code VARCHAR(100);
ALTER TABLE scenario ADD CONSTRAINT scenario_system_given CHECK (system_id IS NOT NULL OR system_code IS NOT NULL);
ALTER TABLE scenario ADD CONSTRAINT scenario_code_name_unique UNIQUE (campaign_id, system_code, name);
ALTER TABLE scenario ADD COLUMN updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- One value per (scenario, input key). value_json holds the value as the calculator takes it:
-- a number (80), true/false, an option label ("当日自动同步"), or a list of monthly numbers.
-- An input without a row is missing: never assumed to be 0.
CREATE TABLE scenario_value (
    scenario_id BIGINT       NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    input_key   VARCHAR(100) NOT NULL,
    value_json  VARCHAR(4000) NOT NULL,
    PRIMARY KEY (scenario_id, input_key)
);
