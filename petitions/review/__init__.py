"""The clerks' desk in the Django admin (clerk services, the audit chain). Empty until the
review work lands."""
