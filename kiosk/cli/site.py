"""``kiosk site``: the site database that several kiosks share (docs/site.md).

``migrate`` creates or updates the tables of the queue, the form store and the
statistics; run it with a config that logs in as the database's owner (kiosks and
clerks have no right to change the schema). ``check`` reports the connection, the
schema versions and whether the configured role has the rights it needs (``--role
clerk`` on a clerk's PC). Exit codes: 0 fine, 1 something to fix, 2 not a site config.
"""

from __future__ import annotations

import argparse
import sys

from kiosk.config import Config
from kiosk.ops.sitedb import site_databases, site_findings


def _migrate(args: argparse.Namespace, cfg: Config) -> int:
    if not cfg.site_database:
        print("kiosk site: [embedded] database is not a postgresql:// URL", file=sys.stderr)
        return 2
    code = 0
    for db in site_databases(cfg):
        try:
            version = db.schema_version()  # connecting migrates
            print(f"{db.label}: schema version {version}")
        except Exception as err:
            print(f"kiosk site: {err}", file=sys.stderr)
            code = 1
        finally:
            db.close()
    return code


def _check(args: argparse.Namespace, cfg: Config) -> int:
    if not cfg.site_database:
        print("kiosk site: [embedded] database is not a postgresql:// URL", file=sys.stderr)
        return 2
    findings = site_findings(cfg, args.role)
    for finding in findings:
        print(("ok    " if finding.ok else "FIX   ") + finding.text)
    return 0 if all(f.ok for f in findings) else 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("site", help="the site database shared by several kiosks")
    cmds = cmd.add_subparsers(dest="site_command", required=True)
    p = cmds.add_parser("migrate", help="create or update the tables (as the owner)")
    p.set_defaults(func=_migrate)
    p = cmds.add_parser("check", help="connection, schema version and the role's rights")
    p.add_argument("--role", choices=("kiosk", "clerk"), default="kiosk")
    p.set_defaults(func=_check)
