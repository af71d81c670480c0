-- listForCaller
select
  "n".*,
  "s"."person_id" as "sip_person_id",
  "p"."personal_identity_number",
  "p"."given_name",
  "p"."family_name",
  "p"."protected_identity",
  case
    when s.id is null then null
    else case
      when "s"."organisation_id" = $1
      and exists (
        select
          1
        from
          care_relation cr
        where
          cr.person_id = "s"."person_id"
          and cr.unit_id = $2
          and cr.closed_at is null
      ) then case
        when "s"."unit_id" = $3 then 'care-relation'
        else 'own-organisation'
      end
      when exists (
        select
          1
        from
          sip_participant sp
        where
          sp.sip_id = "s"."id"
          and sp.removed_at is null
          and (
            sp.staff_id = $4
            or (
              sp.kind = 'unit'
              and sp.unit_id = $5
            )
          )
      )
      and (
        exists (
          select
            1
          from
            consent c
            join consent_recipient r on r.consent_id = c.id
          where
            c.person_id = "s"."person_id"
            and c.purpose = $6
            and r.organisation_id = $7
            and c.revoked_at is null
            and c.valid_from <= $8
            and (
              c.valid_until is null
              or c.valid_until >= $9
            )
        )
        or (
          "s"."organisation_id" = $10
          and exists (
            select
              1
            from
              consent c
            where
              c.person_id = "s"."person_id"
              and c.purpose = $11
              and c.revoked_at is null
              and c.valid_from <= $12
              and (
                c.valid_until is null
                or c.valid_until >= $13
              )
              and (
                c.recorded_organisation_id = "s"."organisation_id"
                or exists (
                  select
                    1
                  from
                    consent_recipient r
                  where
                    r.consent_id = c.id
                    and r.organisation_id = "s"."organisation_id"
                )
              )
          )
        )
      ) then 'sip'
      when exists (
        select
          1
        from
          care_relation cr
        where
          cr.person_id = "s"."person_id"
          and cr.unit_id = $14
          and cr.closed_at is null
      )
      and exists (
        select
          1
        from
          consent c
          join consent_recipient r on r.consent_id = c.id
        where
          c.person_id = "s"."person_id"
          and c.purpose = $15
          and r.organisation_id = $16
          and c.revoked_at is null
          and c.valid_from <= $17
          and (
            c.valid_until is null
            or c.valid_until >= $18
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
              and ea.staff_id = $19
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
                  and hco.kind in ($20)
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
            and hco.kind in ($21)
        )
      ) then 'emergency'
    end
  end as "ground"
from
  "notification" as "n"
  left join "sip" as "s" on "s"."id" = "n"."sip_id"
  left join "person" as "p" on "p"."id" = "s"."person_id"
where
  "n"."staff_id" = $22
order by
  "n"."created_at" desc,
  "n"."id"
limit
  $23;
