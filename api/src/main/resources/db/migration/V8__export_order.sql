-- Staff exports read a poll's answers and a competition's entries page by page in id order (keyset paging):
-- each page is an index range, so exporting a poll with millions of answers stays linear.
CREATE INDEX poll_vote_export ON poll_vote (poll_id, id);
CREATE INDEX story_entry_export ON story_entry (competition_id, id);
