CREATE TABLE `ballots` (
	`vote_id` text NOT NULL,
	`voter_token` text NOT NULL,
	`ballot` text NOT NULL,
	`voter_name` text,
	PRIMARY KEY(`vote_id`, `voter_token`),
	FOREIGN KEY (`vote_id`) REFERENCES `votes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `votes` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`item_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`options` text NOT NULL,
	`dots_per_person` integer NOT NULL,
	`allow_stacking` integer NOT NULL,
	`scale_min` integer NOT NULL,
	`scale_max` integer NOT NULL,
	`allow_other` integer NOT NULL,
	`live_results` integer NOT NULL,
	`named` integer NOT NULL,
	`status` text NOT NULL,
	`opened_at` integer NOT NULL,
	`closed_at` integer,
	`results` text,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `votes_meeting_idx` ON `votes` (`meeting_id`,`opened_at`);