ALTER TABLE `meetings` ADD `report_settings` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `points` ADD `form` text;--> statement-breakpoint
ALTER TABLE `points` ADD `addressee` text;--> statement-breakpoint
ALTER TABLE `points` ADD `identifying` integer DEFAULT false NOT NULL;