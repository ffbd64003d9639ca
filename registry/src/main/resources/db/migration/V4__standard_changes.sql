-- The search index is kept on disk beside the registry and follows it by reading which standards changed since the
-- state it reflects. Every insert or update of an edition (a new edition, a status change, a withdrawal, a link that
-- moves editions to another standard) records the standards it touched, with the id of the writing transaction: a
-- reader that remembers the oldest transaction still running when it last looked (pg_snapshot_xmin) finds every
-- change committed since, even those of transactions that started earlier and committed later.
create table standard_change (
    id           bigserial   primary key,
    standard_id  bigint      not null,
    txid         xid8        not null default pg_current_xact_id(),
    changed_at   timestamptz not null default now()
);
create index standard_change_txid on standard_change (txid);

create function record_standard_change() returns trigger language plpgsql as $$
begin
    insert into standard_change (standard_id) values (new.standard_id);
    if tg_op = 'UPDATE' and old.standard_id <> new.standard_id then
        insert into standard_change (standard_id) values (old.standard_id);
    end if;
    return null;
end;
$$;

create trigger edition_changed after insert or update on edition
    for each row execute function record_standard_change();

-- Which registry this is: an index made from another registry's data is never taken for this one's.
create table registry_identity (
    id          uuid        primary key default gen_random_uuid(),
    created_at  timestamptz not null default now()
);
insert into registry_identity default values;
