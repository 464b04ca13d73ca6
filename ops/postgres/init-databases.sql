-- One database per service (docs/conventions.md), owned by the platform's role, which the
-- postgres image creates from POSTGRES_USER / POSTGRES_PASSWORD.
CREATE DATABASE gateway OWNER payments;
CREATE DATABASE cardvault OWNER payments;
CREATE DATABASE installment OWNER payments;
CREATE DATABASE refund OWNER payments;
CREATE DATABASE checkout OWNER payments;
