-- listParticipants
select
  "sp".*,
  "o"."name" as "organisation_name",
  "u"."name" as "unit_name",
  (
    sp.organisation_id is null
    or sp.organisation_id = s.organisation_id
    or exists (
      select
        1
      from
        consent c
        join consent_recipient r on r.consent_id = c.id
      where
        c.person_id = "s"."person_id"
        and c.purpose = $1
        and r.organisation_id = "sp"."organisation_id"
        and c.revoked_at is null
        and c.valid_from <= $2
        and (
          c.valid_until is null
          or c.valid_until >= $3
        )
    )
  ) as "organisation_covered"
from
  "sip_participant" as "sp"
  inner join "sip" as "s" on "s"."id" = "sp"."sip_id"
  left join "organisation" as "o" on "o"."id" = "sp"."organisation_id"
  left join "unit" as "u" on "u"."id" = "sp"."unit_id"
where
  "sp"."sip_id" = $4
  and "sp"."removed_at" is null
order by
  "sp"."ordinal";

-- listPendingInvitations
select
  "id",
  "sip_id",
  "invited_on",
  "staff_id",
  "unit_id",
  "kind"
from
  "sip_participant"
where
  "sip_id" in ($1)
  and "removed_at" is null
  and "invitation" = $2;
