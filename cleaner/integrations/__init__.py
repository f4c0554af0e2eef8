"""Cleaning inside other engines: Ray (cleaner.integrations.ray) and datatrove
(cleaner.integrations.datatrove). Each is an optional extra; the core never imports them."""
