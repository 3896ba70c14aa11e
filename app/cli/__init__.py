"""The command line: `argv` reads the global options, `main` runs a subcommand, and one module
per group of subcommands (drafts, photos, mail, settings, obligations)."""
