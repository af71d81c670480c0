-- listVisibleConsents
select
  "c".*,
  "s"."name" as "recorded_by_name",
  array(
    select
      r.organisation_id::text
    from
      consent_recipient r
    where
      r.consent_id = c.id
    order by
      r.organisation_id
  ) as "recipients"
from
  "consent" as "c"
  inner join "staff" as "s" on "s"."id" = "c"."recorded_by"
where
  (
    "c"."recorded_organisation_id" = $1
    or exists (
      select
        1 as "one"
      from
        "consent_recipient" as "r"
      where
        "r"."consent_id" = "c"."id"
        and "r"."organisation_id" = $2
    )
  )
  and "c"."person_id" = $3
order by
  "c"."recorded_at" desc;

-- listSipConsentsCovering
select
  "c"."id",
  "c"."valid_from",
  "c"."valid_until",
  "c"."revoked_at",
  "c"."recorded_at"
from
  "consent" as "c"
where
  "c"."person_id" = $1
  and "c"."purpose" = $2
  and (
    "c"."recorded_organisation_id" = $3
    or exists (
      select
        1 as "one"
      from
        "consent_recipient" as "r"
      where
        "r"."consent_id" = "c"."id"
        and "r"."organisation_id" = $4
    )
  )
order by
  "c"."recorded_at";

-- listUnrevokedSipConsentsOfSips
select
  "s"."id" as "sip_id",
  "c"."id",
  "c"."valid_from",
  "c"."valid_until"
from
  "sip" as "s"
  inner join "consent" as "c" on "c"."person_id" = "s"."person_id"
where
  "s"."id" in ($1)
  and "c"."purpose" = $2
  and "c"."revoked_at" is null
  and (
    "c"."recorded_organisation_id" = "s"."organisation_id"
    or exists (
      select
        1 as "one"
      from
        "consent_recipient" as "r"
      where
        "r"."consent_id" = "c"."id"
        and "r"."organisation_id" = "s"."organisation_id"
    )
  );
