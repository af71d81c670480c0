-- listMeetings
select
  *
from
  "sip_meeting"
where
  "sip_id" = $1
order by
  "created_at",
  "id";

-- listScheduledMeetings
select
  "id",
  "sip_id",
  "starts_at",
  "created_by"
from
  "sip_meeting"
where
  "sip_id" in ($1)
  and "status" = $2
  and "starts_at" is not null;
