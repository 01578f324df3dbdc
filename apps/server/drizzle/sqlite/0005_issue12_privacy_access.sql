CREATE TABLE `revoked_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`revoked_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `revoked_tokens_meeting_idx` ON `revoked_tokens` (`meeting_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_command_receipts` (
	`meeting_id` text NOT NULL,
	`sender_token` text NOT NULL,
	`command_id` text NOT NULL,
	`seq` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `sender_token`, `command_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP TABLE `command_receipts`;--> statement-breakpoint
ALTER TABLE `__new_command_receipts` RENAME TO `command_receipts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `meetings` ADD `locked` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `meetings` ADD `waiting_room` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `meetings` ADD `retention_days` integer DEFAULT 90;--> statement-breakpoint
ALTER TABLE `meetings` ADD `purged_at` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `waiting` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `sessions` ADD `last_used_at` integer;--> statement-breakpoint
-- Data: the event log keeps no personal field; named results off the record and removed members lose their names.
UPDATE events SET body = json_set(body, '$.member.displayName', '', '$.member.organisation', NULL,
  '$.member.categories', json('{}')) WHERE type = 'member:joined';--> statement-breakpoint
UPDATE events SET body = json_set(body, '$.categories', json('{}')) WHERE type = 'member:categories-changed';--> statement-breakpoint
UPDATE events SET body = json_set(body, '$.item.title', '', '$.item.presenters', json('[]'))
  WHERE type IN ('agenda:item-added', 'agenda:item-updated');--> statement-breakpoint
UPDATE events SET body = json_set(body, '$.point.source', NULL)
  WHERE type = 'point:moderated' AND json_type(body, '$.point') = 'object';--> statement-breakpoint
UPDATE events SET body = json_set(body, '$.results.voters', NULL) WHERE type IN ('vote:results-updated', 'vote:closed');--> statement-breakpoint
UPDATE votes SET named = 0, results = CASE WHEN results IS NULL THEN NULL ELSE json_set(results, '$.voters', NULL) END
  WHERE item_id IN (SELECT id FROM agenda_items WHERE confidentiality != 'on-record');--> statement-breakpoint
INSERT OR IGNORE INTO revoked_tokens (token_hash, meeting_id, revoked_at)
  SELECT token_hash, meeting_id, removed_at FROM members WHERE removed_at IS NOT NULL AND token_hash IS NOT NULL;--> statement-breakpoint
UPDATE members SET display_name = '', organisation = NULL, categories = '{}', token_hash = NULL, listed_in_report = 0
  WHERE removed_at IS NOT NULL;
