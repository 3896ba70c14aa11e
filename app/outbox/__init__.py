"""The outbox: emails built once, stored, and sent exactly as stored, whenever possible.

- `states`: what each email's state means, and the one rule that says what a submission's
  state is given the states of its emails;
- `items`: an email of the outbox as read from the database, and its state in plain words;
- `box`: the `Outbox` (queue, state changes, sending what is due);
- `lock`: one sending process at a time;
- `practice`: the practice mailbox;
- `history`: every submission that was queued, for the history screen and the quota.

Each email's bytes live in `<data>/outbox/<id>.eml`, written once when queued (fixed
Message-ID); every attempt sends those bytes after checking their SHA-256.
"""
