"""From a finished draft to the outbox, and from the outbox to the server (both faces use it).

- `prepare`: everything heavy, from a snapshot of the draft and on any worker thread: the
  photos' verdicts, validation, the bundle, the emails (written to the outbox folder);
- `queue`: the short commit of a prepared item (one transaction, on the ordered database
  thread in the GUI), and `queue_submission`, prepare then commit, for the command line;
- `send`: sending what is due with the account and password given; practice mode (no account
  yet, or chosen in Settings) delivers to the practice mailbox instead.
"""
