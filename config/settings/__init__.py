"""Settings modules: ``local`` (embedded default), ``test`` and ``production``; all read ``base``."""
