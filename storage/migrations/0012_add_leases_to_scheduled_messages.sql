-- Several workers send scheduled messages (issue 18), and any of them may die mid-way. A claim
-- is now a lease: `claimed_by` names the worker, `lease_until` says until when the row is its.
-- Just before the HTTP call the row becomes `sending`. Past its lease, a row still `claimed`
-- was never sent (its worker died first): it goes back to `pending`. A row still `sending` may
-- or may not have reached the runner, so it is never sent again: it becomes `lost`.
-- state: pending -> claimed -> sending -> sent | failed | lost; claimed -> pending (lease over);
-- pending -> cancelled | skipped.
ALTER TABLE scheduled_messages ADD COLUMN claimed_by TEXT;
ALTER TABLE scheduled_messages ADD COLUMN lease_until TEXT;

-- Rows left `claimed` by a crash before this step (they were stuck there for good) cannot say
-- whether their HTTP call happened: they are `lost`, never sent twice.
UPDATE scheduled_messages SET state = 'lost', done_at = claimed_at WHERE state = 'claimed';

CREATE INDEX scheduled_messages_leased ON scheduled_messages(lease_until)
    WHERE state IN ('claimed', 'sending');

-- Several claimers each take the oldest due rows: the pending index also orders by id, so a
-- claim reads its batch off the index instead of sorting every due row; expired pending rows
-- are found without a scan.
DROP INDEX scheduled_messages_pending_by_due;
CREATE INDEX scheduled_messages_pending_by_due ON scheduled_messages(due_at, id)
    WHERE state = 'pending';
CREATE INDEX scheduled_messages_pending_expiring ON scheduled_messages(expires_at)
    WHERE state = 'pending' AND expires_at IS NOT NULL;
