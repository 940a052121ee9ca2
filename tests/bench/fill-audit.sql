-- Appends :events audit events, ids from :first, times from :start (ms) 10 ms apart, to a store
-- made by bench_audit: the rows bench_audit's fill writes (50 actors, 4 actions, 100,000 targets,
-- one in four denied; not chained, so the store will not verify), at C speed. The three audit
-- indexes are dropped and built again afterwards, exactly as the schema defines them: sorting once
-- is far faster than ten million random index inserts. Run by run-bench.sh through sqlite3.
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -500000;
BEGIN;
DROP INDEX audit_events_at;
DROP INDEX audit_events_target;
DROP INDEX audit_events_actor;
WITH RECURSIVE n(i) AS (SELECT :first UNION ALL SELECT i + 1 FROM n WHERE i + 1 < :first + :events)
INSERT INTO audit_events (id, at, actor_id, actor_name, action, target_type, target_id, target_name, result, reason,
                          before_json, after_json, machine, prev_hash, hash)
SELECT i, :start + (i - :first) * 10, 1 + i % 50, 'admin' || (i % 50),
       CASE i % 4 WHEN 0 THEN 'user.update' WHEN 1 THEN 'auth.sign_in' WHEN 2 THEN 'mfa.verify' ELSE 'user.create' END,
       'user', CAST(i % 100000 AS TEXT), 'user' || (i % 100000),
       CASE (i / 4) % 4 WHEN 3 THEN 'denied' ELSE 'success' END, '', '{}', '{}', 'bench', '', ''
FROM n;
CREATE INDEX audit_events_at ON audit_events (at);
CREATE INDEX audit_events_target ON audit_events (target_type, target_id);
CREATE INDEX audit_events_actor ON audit_events (actor_id);
COMMIT;
