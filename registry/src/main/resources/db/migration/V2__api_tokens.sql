-- Bearer tokens for writes through the API. Only a SHA-256 hash of each token is kept: a stolen database does not
-- give anyone a token. A token is never deleted, only revoked, so the audit log's "by whom" keeps its meaning.
create table api_token (
    id          bigserial   primary key,
    owner       text        not null,
    token_hash  char(64)    not null unique,
    created_at  timestamptz not null default now(),
    created_by  text        not null,
    revoked_at  timestamptz
);
