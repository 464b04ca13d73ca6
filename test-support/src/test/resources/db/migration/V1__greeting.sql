CREATE TABLE greeting (text VARCHAR(100) NOT NULL);
INSERT INTO greeting (text) VALUES ('migrated over JDBC');
