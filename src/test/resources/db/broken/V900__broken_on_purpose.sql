-- Used by UpgradeTest only: a migration that adds a column and then fails half-way.
ALTER TABLE task ADD COLUMN upgrade_probe VARCHAR(10);
INSERT INTO no_such_table VALUES (1);
