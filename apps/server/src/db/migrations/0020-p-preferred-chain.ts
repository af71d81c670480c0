import { sql, type Kysely } from 'kysely';

/**
 * The access log's chain head is looked up by key first (decision 0003, amended 2026-12-02).
 * Every append used to read all 32 heads, sort them by random() and lock the first free one. A
 * transaction now tries the chain of its own id first — the transaction id modulo 32, one index
 * lookup; concurrent transactions have neighbouring ids, so they rarely meet on one chain — and
 * falls back to a random free head only when another transaction holds that one. The chains,
 * the hashing and the verification are unchanged; only which free head is taken.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function append_access_log(
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
        from access_log_chain_head
       where chain = txid_current() % 32
         for update skip locked;
      if not found then
        select chain, seq, hash into v_chain, v_seq, v_hash
          from access_log_chain_head order by random() limit 1 for update skip locked;
      end if;
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
