"""Generate the test PKI (NCA profiles, GOST 34.10-2015-512 and RSA) and index its CRLs.

``manage.py testpki`` keeps the demo PKI of ``SIGNING_DEMO_PKI_DIR`` current (generated when
missing or older than 20 days, since its CRLs are valid for 30) and indexes the configured
CRLs, as ``make run`` needs. ``manage.py testpki --dir DIR`` writes a fresh one anywhere, for
tests and for trying the ``python -m signing verify`` CLI. Test material only: private keys are
written unencrypted and every CA name says TEST, which production mode refuses.
"""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from signing.testpki import generate
from signing.web.config import demo_pki_dir
from signing.web.crl import crl_refresh_all
from signing.web.demo import demo_pki_ensure


class Command(BaseCommand):
    help = "Generate the test PKI (root, CA, individual/lawyer/legal-entity/expired/revoked/auth)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--dir", type=Path, help="write a new test PKI here instead")
        parser.add_argument("--force", action="store_true", help="regenerate the demo PKI")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["dir"] is not None:
            generate(options["dir"])
            self.stdout.write(f"Test PKI written to {options['dir']}")
            return
        if demo_pki_dir() is None:
            raise CommandError("SIGNING_DEMO_PKI_DIR is not set; use --dir DIR.")
        directory, fresh = demo_pki_ensure(force=options["force"])
        self.stdout.write(f"Demo PKI {'generated' if fresh else 'current'} in {directory}")
        for result in crl_refresh_all():
            state = f"{result.entries} entries" if result.ok else f"FAILED: {result.error}"
            self.stdout.write(f"  CRL {result.source}: {state}")
