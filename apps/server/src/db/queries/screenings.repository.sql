-- visibleScreenings
select
  "s".*,
  "st"."name" as "recorded_by_name",
  "o"."name" as "organisation_name",
  "u"."name" as "unit_name",
  case
    when "s"."organisation_id" = $1 then 'own-organisation'
    when exists (
      select
        1
      from
        consent c
        join consent_recipient r on r.consent_id = c.id
      where
        c.person_id = "s"."person_id"
        and c.purpose = $2
        and r.organisation_id = $3
        and c.revoked_at is null
        and c.valid_from <= $4
        and (
          c.valid_until is null
          or c.valid_until >= $5
        )
    ) then 'consent'
    when (
      (
        exists (
          select
            1
          from
            emergency_access ea
          where
            ea.person_id = "s"."person_id"
            and ea.staff_id = $6
            and ea.expires_at > now()
        )
        and exists (
          select
            1
          from
            care_relation hcr
          where
            hcr.person_id = "s"."person_id"
            and exists (
              select
                1
              from
                organisation hco
              where
                hco.id = "hcr"."organisation_id"
                and hco.kind in ($7)
            )
        )
      )
      and exists (
        select
          1
        from
          organisation hco
        where
          hco.id = "s"."organisation_id"
          and hco.kind in ($8)
      )
    ) then 'emergency'
  end as "ground"
from
  "screening" as "s"
  inner join "staff" as "st" on "st"."id" = "s"."recorded_by"
  inner join "organisation" as "o" on "o"."id" = "s"."organisation_id"
  left join "unit" as "u" on "u"."id" = "s"."unit_id"
where
  "s"."person_id" = $9
  and case
    when "s"."organisation_id" = $10 then 'own-organisation'
    when exists (
      select
        1
      from
        consent c
        join consent_recipient r on r.consent_id = c.id
      where
        c.person_id = "s"."person_id"
        and c.purpose = $11
        and r.organisation_id = $12
        and c.revoked_at is null
        and c.valid_from <= $13
        and (
          c.valid_until is null
          or c.valid_until >= $14
        )
    ) then 'consent'
    when (
      (
        exists (
          select
            1
          from
            emergency_access ea
          where
            ea.person_id = "s"."person_id"
            and ea.staff_id = $15
            and ea.expires_at > now()
        )
        and exists (
          select
            1
          from
            care_relation hcr
          where
            hcr.person_id = "s"."person_id"
            and exists (
              select
                1
              from
                organisation hco
              where
                hco.id = "hcr"."organisation_id"
                and hco.kind in ($16)
            )
        )
      )
      and exists (
        select
          1
        from
          organisation hco
        where
          hco.id = "s"."organisation_id"
          and hco.kind in ($17)
      )
    ) then 'emergency'
  end is not null
order by
  "s"."performed_on" desc,
  "s"."recorded_at" desc;
