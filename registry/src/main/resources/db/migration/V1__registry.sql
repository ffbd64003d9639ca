-- The registry of professional standards: source documents as received, the legal acts that approve and amend
-- standards, the standards themselves (an identity that outlives editions), their editions (one published version
-- each, with its canonical JSON) and the content of every edition down to the items, each item pointing to the line
-- of the source document it was read from. Nothing is ever deleted: editions change status, changes are audited.

-- A document exactly as received (its bytes) and the text lines the reader produced from it, so that every fact can
-- be shown in its original words. For registry XML the lines are the lines of the file.
create table source_document (
    id           bigserial primary key,
    sha256       char(64)    not null unique,
    file_name    text        not null,
    format       text        not null,
    language     text,
    content      bytea       not null,
    received_at  timestamptz not null default now(),
    received_by  text        not null
);

create table source_line (
    document_id bigint not null references source_document (id),
    line_no     int    not null,
    text        text   not null,
    primary key (document_id, line_no)
);

-- What was irregular in a document, as the parser reported it.
create table diagnostic (
    document_id bigint not null references source_document (id),
    position    int    not null,
    severity    text   not null check (severity in ('error', 'warning', 'info')),
    code        text   not null,
    line_no     int    not null,
    message     text   not null,
    primary key (document_id, position)
);

-- An order that approves or amends standards. An act named only as the one amended by another is recorded with what
-- that other act says of it (number and date), the rest stays null until its own document arrives.
create table legal_act (
    id         bigserial primary key,
    number     text not null,
    act_date   date,
    issuer     text,
    kind       text check (kind in ('approval', 'amendment')),
    title      text,
    amends_id  bigint references legal_act (id)
);
create unique index legal_act_identity on legal_act (number, coalesce(act_date, 'infinity'::date));

-- A standard across its editions. Its identity keys (standard_key) are "JURISDICTION code CODE" and
-- "JURISDICTION LANGUAGE title NORMALISED-TITLE"; a standard that two keys lead to is one standard.
create table standard (
    id            bigserial primary key,
    jurisdiction  text        not null check (jurisdiction in ('KZ', 'RU')),
    code          text,
    merged_into   bigint references standard (id),
    created_at    timestamptz not null default now()
);

create table standard_key (
    key          text   primary key,
    standard_id  bigint not null references standard (id)
);

-- A later standard (whose code changed) declared to continue an earlier one; its editions moved to the earlier one.
create table standard_link (
    earlier_id  bigint      not null references standard (id),
    later_id    bigint      not null references standard (id),
    linked_at   timestamptz not null default now(),
    linked_by   text        not null,
    primary key (earlier_id, later_id)
);

-- One published version of a standard, in one language, from one legal act and one source document.
create table edition (
    id                   bigserial primary key,
    standard_id          bigint      not null references standard (id),
    title                text,
    code                 text,
    registration_number  text,
    jurisdiction         text,
    language             text,
    format               text,
    version              text,
    year                 int,
    review_date          text,
    description          text,
    activity             text,
    purpose              text,
    span_start           int         not null,
    span_end             int         not null,
    act_id               bigint references legal_act (id),
    status               text        not null check (status in ('current', 'superseded', 'withdrawn')),
    status_reason        text,
    document_id          bigint      not null references source_document (id),
    content_sha256       char(64)    not null,
    canonical            jsonb       not null,
    created_at           timestamptz not null default now(),
    unique (standard_id, content_sha256)
);
create index edition_standard on edition (standard_id);

-- Every document an edition was read from: the first one (edition.document_id) and any later one that gave the same
-- content (the same standard as text and as registry XML).
create table edition_source (
    edition_id   bigint not null references edition (id),
    document_id  bigint not null references source_document (id),
    primary key (edition_id, document_id)
);

-- ОКЭД / ОКВЭД ('oked') and ОКЗ ('okz') codes of an edition.
create table classifier_code (
    edition_id  bigint not null references edition (id),
    scheme      text   not null check (scheme in ('oked', 'okz')),
    position    int    not null,
    code        text   not null,
    primary key (edition_id, scheme, position)
);

create table glossary_term (
    edition_id  bigint not null references edition (id),
    position    int    not null,
    term        text   not null,
    definition  text,
    primary key (edition_id, position)
);

create table developer (
    edition_id  bigint not null references edition (id),
    position    int    not null,
    name        text   not null,
    primary key (edition_id, position)
);

create table card (
    id                     bigserial primary key,
    edition_id             bigint not null references edition (id),
    position               int    not null,
    name                   text,
    code                   text,
    group_code             text,
    level                  int,
    sublevel               text,
    alt_names              text[] not null,
    job_titles             text[] not null,
    goal                   text,
    education              text,
    experience             text,
    special_conditions     text,
    span_start             int    not null,
    span_end               int    not null,
    personal_competencies  text[] not null,
    unique (edition_id, position)
);

create table related_profession (
    card_id   bigint not null references card (id),
    position  int    not null,
    level     int,
    name      text,
    primary key (card_id, position)
);

create table labor_function (
    id        bigserial primary key,
    card_id   bigint not null references card (id),
    position  int    not null,
    name      text,
    code      text,
    kind      text check (kind in ('required', 'additional')),
    unique (card_id, position)
);

create table unit (
    id           bigserial primary key,
    function_id  bigint not null references labor_function (id),
    position     int    not null,
    kind         text   not null check (kind in ('task', 'skill', 'function')),
    name         text,
    recognition  text,
    unique (function_id, position)
);

-- The leaves: labor actions, abilities and knowledge. line_no is a line of the edition's source document.
create table item (
    unit_id   bigint not null references unit (id),
    role      text   not null check (role in ('action', 'ability', 'knowledge')),
    position  int    not null,
    text      text   not null,
    line_no   int    not null,
    primary key (unit_id, role, position)
);

-- Every change to the registry: what, to which row, when and by whom (the OS user, or an API token's owner).
create table audit_log (
    id         bigserial primary key,
    at         timestamptz not null default now(),
    actor      text        not null,
    action     text        not null,
    entity     text        not null,
    entity_id  bigint      not null,
    detail     text
);
create index audit_log_entity on audit_log (entity, entity_id);
