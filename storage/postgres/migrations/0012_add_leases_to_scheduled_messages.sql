-- A claim of a scheduled message is a lease (mirrors SQLite 0011): `claimed_by` names the
-- worker, `lease_until` ends it. Past the lease a `claimed` row goes back to `pending` (its
-- worker died before sending) and a `sending` row becomes `lost` (it may have reached the
-- runner: never sent twice).
-- state: pending -> claimed -> sending -> sent | failed | lost; claimed -> pending (lease over);
-- pending -> cancelled | skipped.
ALTER TABLE scheduled_messages ADD COLUMN claimed_by TEXT;
ALTER TABLE scheduled_messages ADD COLUMN lease_until TIMESTAMPTZ;

-- Rows left `claimed` by a crash before this step cannot say whether they were sent.
UPDATE scheduled_messages SET state = 'lost', done_at = claimed_at WHERE state = 'claimed';

CREATE INDEX scheduled_messages_leased ON scheduled_messages(lease_until)
    WHERE state IN ('claimed', 'sending');

-- Claims read the oldest due rows off the index (no sort of every due row); expired pending
-- rows are found without a scan.
DROP INDEX scheduled_messages_pending_by_due;
CREATE INDEX scheduled_messages_pending_by_due ON scheduled_messages(due_at, id)
    WHERE state = 'pending';
CREATE INDEX scheduled_messages_pending_expiring ON scheduled_messages(expires_at)
    WHERE state = 'pending' AND expires_at IS NOT NULL;
