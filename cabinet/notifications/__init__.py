"""Telling the citizen: notifications in the cabinet, by e-mail and by SMS, through an outbox."""
