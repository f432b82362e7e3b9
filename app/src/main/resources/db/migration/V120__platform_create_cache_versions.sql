-- Issue 13, ADR 0013: every node caches some database state (the published catalog, the calendar, remembered
-- passwords). A change moves its cache's version here, in the changing transaction, beside a NOTIFY on the
-- channel gongxin_cache; each node also compares these versions now and then, so a notification it missed (its
-- listening connection was down) still clears its cache.
create table cache_versions (
    name    text   primary key, -- the cache, e.g. catalog, calendar, passwords
    version bigint not null
);
