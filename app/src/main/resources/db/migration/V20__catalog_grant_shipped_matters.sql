-- 应用清单 grants (R-18, R-31): a matter now names the organisations that may declare it, and a matter without
-- grants can be declared by nobody. The shipped version 2026.1 was installed before grants existed; it gets the
-- grants it ships with today (default-catalog.yml), so an installation that still runs it keeps its querying
-- bodies. Versions the centre published itself are left alone: it grants their matters by publishing a new one.
update catalog_versions c
   set document = jsonb_set(c.document, '{matters}', (
       select coalesce(jsonb_agg(case when m ? 'grantedTo' then m
                                      else m || jsonb_build_object('grantedTo', case m ->> 'code'
                                               when 'GOV_PROCUREMENT' then '["PROCUREMENT"]'::jsonb
                                               when 'BIDDING' then '["PROCUREMENT"]'::jsonb
                                               when 'LICENSING' then '["APPROVAL"]'::jsonb
                                               when 'SUPERVISION' then '["APPROVAL"]'::jsonb
                                               else '[]'::jsonb end) end order by ord), '[]'::jsonb)
         from jsonb_array_elements(c.document -> 'matters') with ordinality as t(m, ord)))
 where c.version = '2026.1' and jsonb_typeof(c.document -> 'matters') = 'array';
