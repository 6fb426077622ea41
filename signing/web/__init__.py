"""Django glue for the pure-Python signing core: configuration, verification, demo signer,
CRL refresh. Nothing in ``signing.core`` imports from here."""
