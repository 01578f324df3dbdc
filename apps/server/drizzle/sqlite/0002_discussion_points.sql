CREATE TABLE `moderation_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` text NOT NULL,
	`point_id` text NOT NULL,
	`status` text NOT NULL,
	`reason` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `moderation_log_meeting_idx` ON `moderation_log` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `point_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`point_id` text NOT NULL,
	`text` text NOT NULL,
	`theme_ids` text NOT NULL,
	`replaced_at` integer NOT NULL,
	FOREIGN KEY (`point_id`) REFERENCES `points`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `point_revisions_point_idx` ON `point_revisions` (`point_id`);--> statement-breakpoint
CREATE TABLE `point_supports` (
	`point_id` text NOT NULL,
	`token` text NOT NULL,
	PRIMARY KEY(`point_id`, `token`),
	FOREIGN KEY (`point_id`) REFERENCES `points`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `points` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`item_id` text NOT NULL,
	`text` text NOT NULL,
	`theme_ids` text DEFAULT '[]' NOT NULL,
	`status` text NOT NULL,
	`reason` text,
	`source` text,
	`origin` text NOT NULL,
	`author_token` text,
	`created_at` integer NOT NULL,
	`edited_at` integer,
	`support_count` integer DEFAULT 0 NOT NULL,
	`starred` integer DEFAULT false NOT NULL,
	`recommendation` integer DEFAULT false NOT NULL,
	`parking_lot` text,
	`merged_into` text,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `points_meeting_idx` ON `points` (`meeting_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `points_author_idx` ON `points` (`author_token`);--> statement-breakpoint
ALTER TABLE `meetings` ADD `themes` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `meetings` ADD `points_settings` text DEFAULT '{"participantsMaySubmit":true,"premoderate":true}' NOT NULL;--> statement-breakpoint
ALTER TABLE `meetings` ADD `point_key` text;