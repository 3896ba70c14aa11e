"""The guided flow through the board's template, one step per screen."""
