CREATE TABLE `queue_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`position` integer NOT NULL,
	`member_id` text,
	`name` text,
	`kind` text NOT NULL,
	`raised_at` integer NOT NULL,
	`prior_turns` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `queue_entries_meeting_idx` ON `queue_entries` (`meeting_id`,`position`);--> statement-breakpoint
ALTER TABLE `agenda_items` ADD `speaking_limit_seconds` integer;--> statement-breakpoint
ALTER TABLE `meetings` ADD `queue_settings` text DEFAULT '{"policy":"progressive","allowPriority":true,"speakingLimitSeconds":180}' NOT NULL;--> statement-breakpoint
ALTER TABLE `meetings` ADD `balance_categories` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `meetings` ADD `queue_status` text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE `meetings` ADD `floor` text;--> statement-breakpoint
ALTER TABLE `members` ADD `categories` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `members` ADD `turns` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `members` ADD `floor_ms` integer DEFAULT 0 NOT NULL;