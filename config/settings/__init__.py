"""Settings modules: `local` (embedded default), `test`, `production`; all read `base`."""
