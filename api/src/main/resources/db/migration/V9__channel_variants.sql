-- Per-channel variants of a translation (issue #10): what editors wrote for whatsapp, messenger, telegram, sms
-- and ussd, as {"whatsapp": [message, ...], ...}. Kept with every revision like the body, so restore brings
-- them back; the snapshot holds the published revision's variants with image references already resolved.
ALTER TABLE content_translation ADD COLUMN channels jsonb;
ALTER TABLE content_revision ADD COLUMN channels jsonb;
ALTER TABLE published_content ADD COLUMN channels json;
