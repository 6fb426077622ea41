"""One small form per question page; forms validate the shape of input only, services write.
Shared field declarations (used by the journey and the public calculator) live in ``fields``."""
