-- findVisibleSip
select
  "s".*,
  "p"."personal_identity_number",
  "p"."given_name",
  "p"."family_name",
  "p"."protected_identity",
  "o"."name" as "organisation_name",
  "o"."kind" as "organisation_kind",
  "u"."name" as "unit_name",
  "rb"."name" as "recorded_by_name",
  "co"."name" as "coordinator_name",
  case
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
  end as "ground",
  exists (
    select
      1
    from
      consent c
    where
      c.person_id = "s"."person_id"
      and c.purpose = $22
      and c.revoked_at is null
      and c.valid_from <= $23
      and (
        c.valid_until is null
        or c.valid_until >= $24
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
  ) as "sip_consent",
  exists (
    select
      1
    from
      consent c
    where
      c.person_id = "s"."person_id"
      and c.purpose = $25
      and c.revoked_at is null
      and c.valid_from <= $26
      and (
        c.valid_until is null
        or c.valid_until >= $27
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
  ) as "relatives_consent"
from
  "sip" as "s"
  inner join "person" as "p" on "p"."id" = "s"."person_id"
  inner join "organisation" as "o" on "o"."id" = "s"."organisation_id"
  inner join "unit" as "u" on "u"."id" = "s"."unit_id"
  inner join "staff" as "rb" on "rb"."id" = "s"."recorded_by"
  left join "staff" as "co" on "co"."id" = "s"."coordinator_staff_id"
where
  (
    case
      when "s"."organisation_id" = $28
      and exists (
        select
          1
        from
          care_relation cr
        where
          cr.person_id = "s"."person_id"
          and cr.unit_id = $29
          and cr.closed_at is null
      ) then case
        when "s"."unit_id" = $30 then 'care-relation'
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
            sp.staff_id = $31
            or (
              sp.kind = 'unit'
              and sp.unit_id = $32
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
            and c.purpose = $33
            and r.organisation_id = $34
            and c.revoked_at is null
            and c.valid_from <= $35
            and (
              c.valid_until is null
              or c.valid_until >= $36
            )
        )
        or (
          "s"."organisation_id" = $37
          and exists (
            select
              1
            from
              consent c
            where
              c.person_id = "s"."person_id"
              and c.purpose = $38
              and c.revoked_at is null
              and c.valid_from <= $39
              and (
                c.valid_until is null
                or c.valid_until >= $40
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
          and cr.unit_id = $41
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
          and c.purpose = $42
          and r.organisation_id = $43
          and c.revoked_at is null
          and c.valid_from <= $44
          and (
            c.valid_until is null
            or c.valid_until >= $45
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
              and ea.staff_id = $46
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
                  and hco.kind in ($47)
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
            and hco.kind in ($48)
        )
      ) then 'emergency'
    end
  ) is not null
  and "s"."id" = $49;

-- listVisibleSips (mine, open)
select
  "s".*,
  "p"."personal_identity_number",
  "p"."given_name",
  "p"."family_name",
  "p"."protected_identity",
  "o"."name" as "organisation_name",
  "o"."kind" as "organisation_kind",
  "u"."name" as "unit_name",
  "rb"."name" as "recorded_by_name",
  "co"."name" as "coordinator_name",
  case
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
  end as "ground",
  exists (
    select
      1
    from
      consent c
    where
      c.person_id = "s"."person_id"
      and c.purpose = $22
      and c.revoked_at is null
      and c.valid_from <= $23
      and (
        c.valid_until is null
        or c.valid_until >= $24
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
  ) as "sip_consent",
  exists (
    select
      1
    from
      consent c
    where
      c.person_id = "s"."person_id"
      and c.purpose = $25
      and c.revoked_at is null
      and c.valid_from <= $26
      and (
        c.valid_until is null
        or c.valid_until >= $27
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
  ) as "relatives_consent"
from
  "sip" as "s"
  inner join "person" as "p" on "p"."id" = "s"."person_id"
  inner join "organisation" as "o" on "o"."id" = "s"."organisation_id"
  inner join "unit" as "u" on "u"."id" = "s"."unit_id"
  inner join "staff" as "rb" on "rb"."id" = "s"."recorded_by"
  left join "staff" as "co" on "co"."id" = "s"."coordinator_staff_id"
where
  (
    case
      when "s"."organisation_id" = $28
      and exists (
        select
          1
        from
          care_relation cr
        where
          cr.person_id = "s"."person_id"
          and cr.unit_id = $29
          and cr.closed_at is null
      ) then case
        when "s"."unit_id" = $30 then 'care-relation'
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
            sp.staff_id = $31
            or (
              sp.kind = 'unit'
              and sp.unit_id = $32
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
            and c.purpose = $33
            and r.organisation_id = $34
            and c.revoked_at is null
            and c.valid_from <= $35
            and (
              c.valid_until is null
              or c.valid_until >= $36
            )
        )
        or (
          "s"."organisation_id" = $37
          and exists (
            select
              1
            from
              consent c
            where
              c.person_id = "s"."person_id"
              and c.purpose = $38
              and c.revoked_at is null
              and c.valid_from <= $39
              and (
                c.valid_until is null
                or c.valid_until >= $40
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
          and cr.unit_id = $41
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
          and c.purpose = $42
          and r.organisation_id = $43
          and c.revoked_at is null
          and c.valid_from <= $44
          and (
            c.valid_until is null
            or c.valid_until >= $45
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
              and ea.staff_id = $46
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
                  and hco.kind in ($47)
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
            and hco.kind in ($48)
        )
      ) then 'emergency'
    end
  ) is not null
  and "s"."status" in ($49, $50, $51, $52)
  and (
    s.coordinator_staff_id = $53
    or s.recorded_by = $54
    or exists (
      select
        1
      from
        sip_participant sp
      where
        sp.sip_id = s.id
        and sp.removed_at is null
        and sp.staff_id = $55
    )
  )
order by
  "s"."last_activity_at" desc
limit
  $56;

-- listVisibleSips (unit)
select
  "s".*,
  "p"."personal_identity_number",
  "p"."given_name",
  "p"."family_name",
  "p"."protected_identity",
  "o"."name" as "organisation_name",
  "o"."kind" as "organisation_kind",
  "u"."name" as "unit_name",
  "rb"."name" as "recorded_by_name",
  "co"."name" as "coordinator_name",
  case
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
  end as "ground",
  exists (
    select
      1
    from
      consent c
    where
      c.person_id = "s"."person_id"
      and c.purpose = $22
      and c.revoked_at is null
      and c.valid_from <= $23
      and (
        c.valid_until is null
        or c.valid_until >= $24
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
  ) as "sip_consent",
  exists (
    select
      1
    from
      consent c
    where
      c.person_id = "s"."person_id"
      and c.purpose = $25
      and c.revoked_at is null
      and c.valid_from <= $26
      and (
        c.valid_until is null
        or c.valid_until >= $27
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
  ) as "relatives_consent"
from
  "sip" as "s"
  inner join "person" as "p" on "p"."id" = "s"."person_id"
  inner join "organisation" as "o" on "o"."id" = "s"."organisation_id"
  inner join "unit" as "u" on "u"."id" = "s"."unit_id"
  inner join "staff" as "rb" on "rb"."id" = "s"."recorded_by"
  left join "staff" as "co" on "co"."id" = "s"."coordinator_staff_id"
where
  (
    case
      when "s"."organisation_id" = $28
      and exists (
        select
          1
        from
          care_relation cr
        where
          cr.person_id = "s"."person_id"
          and cr.unit_id = $29
          and cr.closed_at is null
      ) then case
        when "s"."unit_id" = $30 then 'care-relation'
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
            sp.staff_id = $31
            or (
              sp.kind = 'unit'
              and sp.unit_id = $32
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
            and c.purpose = $33
            and r.organisation_id = $34
            and c.revoked_at is null
            and c.valid_from <= $35
            and (
              c.valid_until is null
              or c.valid_until >= $36
            )
        )
        or (
          "s"."organisation_id" = $37
          and exists (
            select
              1
            from
              consent c
            where
              c.person_id = "s"."person_id"
              and c.purpose = $38
              and c.revoked_at is null
              and c.valid_from <= $39
              and (
                c.valid_until is null
                or c.valid_until >= $40
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
          and cr.unit_id = $41
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
          and c.purpose = $42
          and r.organisation_id = $43
          and c.revoked_at is null
          and c.valid_from <= $44
          and (
            c.valid_until is null
            or c.valid_until >= $45
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
              and ea.staff_id = $46
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
                  and hco.kind in ($47)
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
            and hco.kind in ($48)
        )
      ) then 'emergency'
    end
  ) is not null
  and (
    (
      s.coordinator_staff_id = $49
      or s.recorded_by = $50
      or exists (
        select
          1
        from
          sip_participant sp
        where
          sp.sip_id = s.id
          and sp.removed_at is null
          and sp.staff_id = $51
      )
    )
    or (
      s.unit_id = $52
      or exists (
        select
          1
        from
          sip_participant sp
        where
          sp.sip_id = s.id
          and sp.removed_at is null
          and sp.unit_id = $53
      )
    )
  )
order by
  "s"."last_activity_at" desc
limit
  $54;

-- listOpenSipsForJobs
select
  "s"."id",
  "s"."person_id",
  "s"."organisation_id",
  "s"."status",
  "s"."plan",
  "s"."proposed_on",
  "s"."first_meeting_on",
  "s"."last_activity_at",
  "s"."coordinator_staff_id",
  "s"."recorded_by",
  exists (
    select
      1
    from
      consent c
    where
      c.person_id = "s"."person_id"
      and c.purpose = $1
      and c.revoked_at is null
      and c.valid_from <= $2
      and (
        c.valid_until is null
        or c.valid_until >= $3
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
  ) as "sip_consent"
from
  "sip" as "s"
where
  "s"."status" in ($4, $5, $6, $7);

-- lockSip
select
  "id"
from
  "sip"
where
  "id" = $1
for update;
