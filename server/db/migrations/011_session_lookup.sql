-- Issue 21: every API request looks up its session, and the statement's planning cost more than
-- running it (PGlite: 0.43 ms of 0.75 ms). A PL/pgSQL function keeps its statement's plan for the
-- life of the connection, so a lookup costs a function call (0.19 ms). The session, its user,
-- their account and the account hierarchy's scope_version (008), as server/auth/session.ts reads them.
-- On one line: migrate.ts splits scripts at a `;` that ends a line.
CREATE FUNCTION tk_session(p_token_hash text, p_now timestamptz) RETURNS TABLE (user_row json, account_row json, hierarchy_version text) LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN QUERY SELECT row_to_json(u), row_to_json(a), (SELECT v.version::text FROM scope_version v) FROM sessions s JOIN users u ON u.id = s.user_id JOIN accounts a ON a.id = u.account_id WHERE s.token_hash = p_token_hash AND s.expires_at > p_now AND u.status = 'active'; END $$;
