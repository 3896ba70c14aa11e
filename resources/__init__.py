"""Data shipped with TinBài: translations, icons, bank list, organisation defaults."""
