-- readVisiblePersonLogged
with
  "found" as (
    select
      "p"."id",
      "p"."personal_identity_number",
      "p"."identity_number_kind",
      "p"."date_of_birth",
      "p"."given_name",
      "p"."family_name",
      "p"."sex",
      "p"."protected_identity",
      "p"."test_data",
      case
        when exists (
          select
            1
          from
            care_relation cr
          where
            cr.person_id = "p"."id"
            and cr.unit_id = $1
            and cr.closed_at is null
        ) then 'care-relation'
        when (
          exists (
            select
              1
            from
              emergency_access ea
            where
              ea.person_id = "p"."id"
              and ea.staff_id = $2
              and ea.expires_at > now()
          )
          and exists (
            select
              1
            from
              care_relation hcr
            where
              hcr.person_id = "p"."id"
              and exists (
                select
                  1
                from
                  organisation hco
                where
                  hco.id = "hcr"."organisation_id"
                  and hco.kind in ($3)
              )
          )
        ) then 'emergency'
      end as "ground",
      coalesce(
        (
          select
            json_agg(
              json_build_object(
                'id',
                cr.id,
                'unitId',
                cr.unit_id,
                'unitName',
                u.name,
                'organisationId',
                cr.organisation_id,
                'organisationName',
                o.name,
                'openedAt',
                cr.opened_at,
                'closedAt',
                cr.closed_at,
                'closeReason',
                cr.close_reason,
                'registrationGround',
                cr.registration_ground
              )
              order by
                cr.opened_at desc
            )
          from
            care_relation cr
            join unit u on u.id = cr.unit_id
            join organisation o on o.id = cr.organisation_id
          where
            cr.person_id = "p"."id"
            and (
              cr.organisation_id = $4
              or exists (
                select
                  1
                from
                  consent c
                  join consent_recipient r on r.consent_id = c.id
                where
                  c.person_id = "p"."id"
                  and c.purpose = $5
                  and r.organisation_id = $6
                  and c.revoked_at is null
                  and c.valid_from <= $7
                  and (
                    c.valid_until is null
                    or c.valid_until >= $8
                  )
              )
              or (
                (
                  exists (
                    select
                      1
                    from
                      emergency_access ea
                    where
                      ea.person_id = "p"."id"
                      and ea.staff_id = $9
                      and ea.expires_at > now()
                  )
                  and exists (
                    select
                      1
                    from
                      care_relation hcr
                    where
                      hcr.person_id = "p"."id"
                      and exists (
                        select
                          1
                        from
                          organisation hco
                        where
                          hco.id = "hcr"."organisation_id"
                          and hco.kind in ($10)
                      )
                  )
                )
                and exists (
                  select
                    1
                  from
                    organisation hco
                  where
                    hco.id = "cr"."organisation_id"
                    and hco.kind in ($11)
                )
              )
            )
        ),
        '[]'::json
      ) as "care_relations"
    from
      "person" as "p"
    where
      (
        exists (
          select
            1
          from
            care_relation cr
          where
            cr.person_id = "p"."id"
            and cr.unit_id = $12
            and cr.closed_at is null
        )
        or (
          exists (
            select
              1
            from
              emergency_access ea
            where
              ea.person_id = "p"."id"
              and ea.staff_id = $13
              and ea.expires_at > now()
          )
          and exists (
            select
              1
            from
              care_relation hcr
            where
              hcr.person_id = "p"."id"
              and exists (
                select
                  1
                from
                  organisation hco
                where
                  hco.id = "hcr"."organisation_id"
                  and hco.kind in ($14)
              )
          )
        )
      )
      and "p"."id" = $15
  ),
  "logged" as (
    select
      append_access_log (
        $16::timestamptz,
        $17::uuid,
        $18::uuid,
        $19::uuid,
        array["found"."id"]::uuid[],
        array[$20]::text[],
        array["found"."ground"]::text[],
        array['allowed']::text[],
        array[null]::text[],
        array[
          case "found"."ground"
            when $21 then $22
            when $23 then $24
          end
        ]::text[]
      ) as "done"
    from
      "found"
  )
select
  "found".*,
  (
    select
      count(*)
    from
      logged
  ) as "logged"
from
  "found";

-- searchVisiblePersons
select
  "candidate".*,
  visibility.ground as "ground"
from
  (
    select
      "p"."id",
      "p"."personal_identity_number",
      "p"."identity_number_kind",
      "p"."date_of_birth",
      "p"."given_name",
      "p"."family_name",
      "p"."sex",
      "p"."protected_identity",
      "p"."test_data"
    from
      "person" as "p"
    where
      p.name_key like (
        select
          '% ' || public.vf_fold ($1) || '%'
      )
      and "p"."protected_identity" = $2
    order by
      "p"."family_name",
      "p"."given_name",
      "p"."id"
    offset
      $3
  ) as "candidate"
  inner join lateral (
    select
      case
        when exists (
          select
            1
          from
            care_relation cr
          where
            cr.person_id = "candidate"."id"
            and cr.unit_id = $4
            and cr.closed_at is null
        ) then 'care-relation'
        when (
          exists (
            select
              1
            from
              emergency_access ea
            where
              ea.person_id = "candidate"."id"
              and ea.staff_id = $5
              and ea.expires_at > now()
          )
          and exists (
            select
              1
            from
              care_relation hcr
            where
              hcr.person_id = "candidate"."id"
              and exists (
                select
                  1
                from
                  organisation hco
                where
                  hco.id = "hcr"."organisation_id"
                  and hco.kind in ($6)
              )
          )
        ) then 'emergency'
      end as ground
    offset
      0
  ) as "visibility" on true
where
  "visibility"."ground" is not null
order by
  "candidate"."family_name",
  "candidate"."given_name",
  "candidate"."id"
limit
  $7;
