-- Each tenant's saved-card policy (none: the default, version 0), and the audit trail of its changes:
-- who changed it, when, and the policy before and after. No card data.
CREATE TABLE card_policy (
    tenant_id   VARCHAR(100) PRIMARY KEY,
    version     BIGINT       NOT NULL CHECK (version >= 1),
    policy      JSONB        NOT NULL,
    changed_by  VARCHAR(255) NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL
);

CREATE TABLE card_policy_change (
    tenant_id      VARCHAR(100) NOT NULL,
    version        BIGINT       NOT NULL CHECK (version >= 1),
    changed_by     VARCHAR(255) NOT NULL,
    changed_at     TIMESTAMPTZ  NOT NULL,
    policy_before  JSONB        NOT NULL,
    policy_after   JSONB        NOT NULL,
    PRIMARY KEY (tenant_id, version)
);
