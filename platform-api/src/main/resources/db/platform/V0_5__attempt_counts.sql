-- Card-testing protection (platform-starter): attempts counted per limit, tenant and subject in fixed
-- windows, shared by every instance of a service. The subject (a customer id, an IP address...) is kept
-- only as SHA-256 hex of "<limit name>:<subject>", never in clear.
create table attempt_counts (
    limit_name   varchar(100) not null,
    tenant_id    varchar(255) not null,
    subject_hash char(64)     not null,
    window_start timestamptz  not null,
    window_end   timestamptz  not null,
    attempts     integer      not null,
    primary key (limit_name, tenant_id, subject_hash, window_start)
);

create index attempt_counts_window_end on attempt_counts (window_end);
