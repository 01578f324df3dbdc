CREATE TABLE `report_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`item_id` text NOT NULL,
	`presenter_name` text NOT NULL,
	`token` text NOT NULL,
	`status` text NOT NULL,
	`suggestion` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_reviews_token_unique` ON `report_reviews` (`token`);--> statement-breakpoint
CREATE UNIQUE INDEX `report_reviews_item_idx` ON `report_reviews` (`meeting_id`,`item_id`,`presenter_name`);--> statement-breakpoint
CREATE TABLE `report_versions` (
	`meeting_id` text NOT NULL,
	`version` integer NOT NULL,
	`document` text NOT NULL,
	`saved_at` integer NOT NULL,
	`saved_by` text NOT NULL,
	`reason` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `version`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `reports` (
	`meeting_id` text PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`version` integer NOT NULL,
	`document` text NOT NULL,
	`updated_at` integer NOT NULL,
	`published_at` integer,
	`publish_token` text,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_publish_token_unique` ON `reports` (`publish_token`);--> statement-breakpoint
ALTER TABLE `members` ADD `listed_in_report` integer DEFAULT false NOT NULL;