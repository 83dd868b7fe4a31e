"""The kiosk's data files, installed as the package ``kiosk_assets`` (see kiosk/resources.py)."""
