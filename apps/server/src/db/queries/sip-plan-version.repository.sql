-- findVersion
select
  "v"."version",
  "v"."plan",
  "v"."change_kind",
  "v"."based_on",
  "v"."saved_at",
  "v"."saved_by",
  "st"."name" as "saved_by_name",
  "u"."name" as "unit_name",
  "o"."name" as "organisation_name"
from
  "sip_plan_version" as "v"
  inner join "staff" as "st" on "st"."id" = "v"."saved_by"
  left join "unit" as "u" on "u"."id" = "v"."saved_unit_id"
  left join "organisation" as "o" on "o"."id" = "v"."saved_organisation_id"
where
  "v"."sip_id" = $1
  and "v"."version" = $2;
