"""Delivery of submitted petitions to the court registry (a transactional outbox, registry
gateways, receipts and the Celery tasks that drive them). Empty until the delivery work lands."""
