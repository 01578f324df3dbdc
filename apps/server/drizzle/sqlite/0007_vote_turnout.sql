ALTER TABLE `votes` ADD `turnout` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Votes held before this migration: the turnout is the number of ballots already cast.
UPDATE `votes` SET `turnout` = (SELECT count(*) FROM `ballots` WHERE `ballots`.`vote_id` = `votes`.`id`);
