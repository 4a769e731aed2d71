-- Directory editing: provenance of relation changes, the key that makes partnership imports
-- idempotent (one partnership of a kind per pair of cities, in either order), and the public listing.
alter table membership add column updated_by text, add column updated_at timestamptz;
alter table city_partnership add column updated_by text, add column updated_at timestamptz;
create unique index city_partnership_pair on city_partnership (least(place_a, place_b), greatest(place_a, place_b), kind);
create index organisation_publication on organisation (publication, type);
