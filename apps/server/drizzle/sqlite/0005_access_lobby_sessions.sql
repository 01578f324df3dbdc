ALTER TABLE `meetings` ADD `locked` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `meetings` ADD `waiting_room` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `members` ADD `waiting` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `sessions` ADD `last_used_at` integer;