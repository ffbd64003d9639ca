-- The classifier entries a card names (ОКЗ, ЕКС, ОКПДТР, ОКСО of a Russian generalized labor function), in its order.
create table card_classifier (
    card_id   bigint not null references card (id),
    position  int    not null,
    system    text   not null,
    code      text,
    name      text,
    primary key (card_id, position)
);
