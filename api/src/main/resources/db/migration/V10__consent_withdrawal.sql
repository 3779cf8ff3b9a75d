-- A consent can be taken back: a withdrawal is a record of its own (the acceptance stays as evidence of what was
-- agreed when), and a person's latest record of a document says where they stand. Chat channels record the
-- "contact" consent this way when a person sends STOP, and read it before every answer.
ALTER TABLE consent ADD COLUMN withdrawn boolean NOT NULL DEFAULT false;
CREATE INDEX consent_profile_document ON consent (profile_id, document, accepted_at DESC, id DESC);
