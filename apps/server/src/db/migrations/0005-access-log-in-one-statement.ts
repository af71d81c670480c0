import { sql, type Kysely } from 'kysely';

/**
 * Measured on the county-sized benchmark (docs/benchmarks.md):
 * - care relations of one person, closed ones included, need their own index;
 * - 32 chain heads instead of 8, a free one taken with SKIP LOCKED, so concurrent requests
 *   rarely wait on one another's commit;
 * - appending log rows is one statement: a function that takes a free chain head, hashes each
 *   row in SQL (sha256 of `chain:seq:prev_hash:content`, the same as audit/hash.ts) and moves
 *   the head.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index care_relation_person on care_relation (person_id, opened_at desc);

    insert into access_log_chain_head (chain, seq, hash)
      select g, 0, repeat('0', 64) from generate_series(8, 31) g
      on conflict (chain) do nothing;

    create function append_access_log(
      p_at timestamptz, p_user uuid, p_unit uuid, p_organisation uuid,
      p_person uuid[], p_action text[], p_ground text[], p_outcome text[], p_detail text[],
      p_content text[]
    ) returns void language plpgsql as $$
    declare
      v_chain smallint;
      v_seq bigint;
      v_hash text;
      v_next text;
    begin
      select chain, seq, hash into v_chain, v_seq, v_hash
        from access_log_chain_head order by random() limit 1 for update skip locked;
      if not found then
        -- Every head is taken: wait for one.
        select chain, seq, hash into v_chain, v_seq, v_hash
          from access_log_chain_head order by random() limit 1 for update;
      end if;
      for i in 1 .. coalesce(array_length(p_content, 1), 0) loop
        v_seq := v_seq + 1;
        v_next := encode(sha256(convert_to(
          v_chain::text || ':' || v_seq::text || ':' || v_hash || ':' || p_content[i], 'UTF8')), 'hex');
        insert into access_log (chain, seq, at, user_id, unit_id, organisation_id, person_id,
                                action, ground, outcome, detail, prev_hash, hash)
          values (v_chain, v_seq, p_at, p_user, p_unit, p_organisation, p_person[i],
                  p_action[i], p_ground[i], p_outcome[i], p_detail[i], v_hash, v_next);
        v_hash := v_next;
      end loop;
      update access_log_chain_head set seq = v_seq, hash = v_hash where chain = v_chain;
    end $$;
  `.execute(db);
}
