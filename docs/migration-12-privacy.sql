-- Issue 12 (privacy helper): data migration to run after the schema migration of the merged schema.ts.
-- 1. command_receipts gains sender_token in its primary key. The old receipts cannot be given one (it is a
--    keyed hash of the sender) and are only needed for retries within seconds: drop them, do not copy.
--    (drizzle-kit generates an INSERT ... SELECT "sender_token" FROM command_receipts, which fails: remove it.)
DELETE FROM command_receipts;

-- 2. The event log keeps no personal field any more; strip the ones already logged.
UPDATE events SET body = json_set(body, '$.member.displayName', '', '$.member.organisation', NULL,
  '$.member.categories', json('{}')) WHERE type = 'member:joined';
UPDATE events SET body = json_set(body, '$.categories', json('{}')) WHERE type = 'member:categories-changed';
UPDATE events SET body = json_set(body, '$.item.title', '', '$.item.presenters', json('[]'))
  WHERE type IN ('agenda:item-added', 'agenda:item-updated');
UPDATE events SET body = json_set(body, '$.point.source', NULL)
  WHERE type = 'point:moderated' AND json_type(body, '$.point') = 'object';
UPDATE events SET body = json_set(body, '$.results.voters', NULL) WHERE type IN ('vote:results-updated', 'vote:closed');

-- 3. Named results of items that are no longer on the record lose their names.
UPDATE votes SET named = 0, results = CASE WHEN results IS NULL THEN NULL ELSE json_set(results, '$.voters', NULL) END
  WHERE item_id IN (SELECT id FROM agenda_items WHERE confidentiality != 'on-record');

-- 4. Removed members keep no name, organisation, categories or credential; the credential's hash moves to
--    revoked_tokens so they are still told they were removed.
INSERT OR IGNORE INTO revoked_tokens (token_hash, meeting_id, revoked_at)
  SELECT token_hash, meeting_id, removed_at FROM members WHERE removed_at IS NOT NULL AND token_hash IS NOT NULL;
UPDATE members SET display_name = '', organisation = NULL, categories = '{}', token_hash = NULL, listed_in_report = 0
  WHERE removed_at IS NOT NULL;

-- 5. Let the freed space be zeroed and the WAL emptied (secure_delete is on from open.ts onwards).
PRAGMA secure_delete = ON;
VACUUM;
