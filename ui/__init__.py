"""TinBài's GUI (PySide6). It presents and delegates: all work happens in `app`."""
