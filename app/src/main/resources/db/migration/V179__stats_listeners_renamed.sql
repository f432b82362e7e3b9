-- Issue 15: the statistics' record and objection listeners moved out of StatsProjections into a projection per
-- event source. The event publication registry finds a listener by its id (class, method and event type), so a
-- publication still incomplete under the old id would never be handed to the moved listener on resubmission.
-- Incomplete publications follow their listener to its new class; completed ones keep the id they ran under.
update event_publication
   set listener_id = replace(listener_id, 'io.gongxin.stats.internal.StatsProjections.', 'io.gongxin.stats.internal.RecordProjection.')
 where completion_date is null
   and listener_id in ('io.gongxin.stats.internal.StatsProjections.on(io.gongxin.record.RecordChanged)',
                       'io.gongxin.stats.internal.StatsProjections.on(io.gongxin.record.RecordsMerged)');

update event_publication
   set listener_id = 'io.gongxin.stats.internal.ObjectionProjection.on(io.gongxin.dispute.ObjectionDecided)'
 where completion_date is null
   and listener_id = 'io.gongxin.stats.internal.StatsProjections.on(io.gongxin.dispute.ObjectionDecided)';
